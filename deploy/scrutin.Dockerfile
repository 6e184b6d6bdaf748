# The scrutin server: one static binary.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/scrutin ./cmd/scrutin

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/scrutin /scrutin
USER nonroot
ENTRYPOINT ["/scrutin"]
