package domain

import (
	"fmt"
	"sort"
)

// District is a legislative constituency (circonscription), coded "DD-NN":
// the Assemblée nationale's département code and the constituency number,
// e.g. "75-03" or "099-11" (French residents abroad).
type District string

// DistrictInfo describes a constituency.
type DistrictInfo struct {
	Code           District
	Departement    string // the Assembly's département code, e.g. "2A", "974", "099"
	DepartementNom string
}

var districts = func() map[District]DistrictInfo {
	m := make(map[District]DistrictInfo, len(districtTable))
	for _, r := range districtTable {
		m[District(r[0])] = DistrictInfo{Code: District(r[0]), Departement: r[1], DepartementNom: r[2]}
	}
	return m
}()

// LookupDistrict returns a constituency by code.
func LookupDistrict(code District) (DistrictInfo, bool) {
	d, ok := districts[code]
	return d, ok
}

// Districts returns the 577 constituencies, sorted by code.
func Districts() []DistrictInfo {
	out := make([]DistrictInfo, 0, len(districts))
	for _, d := range districts {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

func checkDistrict(d District) error {
	if _, ok := districts[d]; !ok {
		return fmt.Errorf("district %q is not one of the 577 constituencies", d)
	}
	return nil
}
