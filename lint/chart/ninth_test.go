package chart_test

// ninthGoldenComplaint is the Ninth Circuit complaint whose chart is pinned.
const ninthGoldenComplaint = "testdata/complaints/ninth-circuit.txt"
