package law

import "io/fs"

// The evaluation's last silent corners (docs/LAW.md, "Measuring the
// engine"; layout12_test.go).

// undatedRun is the reason a folder under a law's autres_dates/ whose
// name does not begin with a calendar day (YYYY-MM-DD) is not measured:
// measured with no day, the provisions deferred to it were silently left
// unapplied and its articles counted as misses.
const undatedRun = "not measured: its name does not begin with a day (YYYY-MM-DD), so the provisions deferred to it cannot be told"

// undatedRunError is the error of such a folder, named as the law's runs
// are (law/autres_dates/folder); ok is false for a dated one.
func undatedRunError(dir, name, folder string) (EvalError, bool) {
	if _, ok := runDay(join(dir, "autres_dates/"+folder)); ok {
		return EvalError{}, false
	}
	return EvalError{Dir: name + "/autres_dates/" + folder, Err: undatedRun}, true
}

// linkedFolder is the reason a symbolic link to a folder at a set's top
// level is not measured: the evaluation does not follow links (the
// folder it names may be measured elsewhere in the set, or lie outside
// it), and it was skipped without a mention.
const linkedFolder = "not measured: a symbolic link to a folder (links are not followed)"

// linkedFolderError is the error of the entry e of the set dir when it is
// a symbolic link to a folder; ok is false for anything else (a file,
// a link to a file, a link that leads nowhere).
func linkedFolderError(fsys fs.FS, dir, name string, e fs.DirEntry) (EvalError, bool) {
	if e.Type()&fs.ModeSymlink == 0 {
		return EvalError{}, false
	}
	if fi, err := fs.Stat(fsys, join(dir, e.Name())); err != nil || !fi.IsDir() {
		return EvalError{}, false
	}
	return EvalError{Dir: join(name, e.Name()), Err: linkedFolder}, true
}
