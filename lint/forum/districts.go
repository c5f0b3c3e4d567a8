package forum

import "strings"

// District is one of the 94 federal judicial districts (RULES-FORUM.md
// §F1.5).
type District struct {
	// ID is the normalized key: the abbreviation without periods or
	// spaces, lower-cased ("ndcal").
	ID string
	// Abbrev is the Bluebook abbreviation ("N.D. Cal.").
	Abbrev string
	// Phrase is the district as a caption writes it after "UNITED STATES
	// DISTRICT COURT [FOR THE]" ("NORTHERN DISTRICT OF CALIFORNIA").
	Phrase string
	// Circuit is the court of appeals: "1".."11" or "dc".
	Circuit string
	// State is the postal code of the district's state or territory.
	State string
}

// Districts lists every district, grouped by circuit as the spec's table
// does.
var Districts = []District{
	{ID: "ddc", Abbrev: "D.D.C.", Phrase: "DISTRICT OF COLUMBIA", Circuit: "dc", State: "DC"},
	{ID: "dme", Abbrev: "D. Me.", Phrase: "DISTRICT OF MAINE", Circuit: "1", State: "ME"},
	{ID: "dmass", Abbrev: "D. Mass.", Phrase: "DISTRICT OF MASSACHUSETTS", Circuit: "1", State: "MA"},
	{ID: "dnh", Abbrev: "D.N.H.", Phrase: "DISTRICT OF NEW HAMPSHIRE", Circuit: "1", State: "NH"},
	{ID: "dri", Abbrev: "D.R.I.", Phrase: "DISTRICT OF RHODE ISLAND", Circuit: "1", State: "RI"},
	{ID: "dpr", Abbrev: "D.P.R.", Phrase: "DISTRICT OF PUERTO RICO", Circuit: "1", State: "PR"},
	{ID: "dconn", Abbrev: "D. Conn.", Phrase: "DISTRICT OF CONNECTICUT", Circuit: "2", State: "CT"},
	{ID: "edny", Abbrev: "E.D.N.Y.", Phrase: "EASTERN DISTRICT OF NEW YORK", Circuit: "2", State: "NY"},
	{ID: "ndny", Abbrev: "N.D.N.Y.", Phrase: "NORTHERN DISTRICT OF NEW YORK", Circuit: "2", State: "NY"},
	{ID: "sdny", Abbrev: "S.D.N.Y.", Phrase: "SOUTHERN DISTRICT OF NEW YORK", Circuit: "2", State: "NY"},
	{ID: "wdny", Abbrev: "W.D.N.Y.", Phrase: "WESTERN DISTRICT OF NEW YORK", Circuit: "2", State: "NY"},
	{ID: "dvt", Abbrev: "D. Vt.", Phrase: "DISTRICT OF VERMONT", Circuit: "2", State: "VT"},
	{ID: "ddel", Abbrev: "D. Del.", Phrase: "DISTRICT OF DELAWARE", Circuit: "3", State: "DE"},
	{ID: "dnj", Abbrev: "D.N.J.", Phrase: "DISTRICT OF NEW JERSEY", Circuit: "3", State: "NJ"},
	{ID: "edpa", Abbrev: "E.D. Pa.", Phrase: "EASTERN DISTRICT OF PENNSYLVANIA", Circuit: "3", State: "PA"},
	{ID: "mdpa", Abbrev: "M.D. Pa.", Phrase: "MIDDLE DISTRICT OF PENNSYLVANIA", Circuit: "3", State: "PA"},
	{ID: "wdpa", Abbrev: "W.D. Pa.", Phrase: "WESTERN DISTRICT OF PENNSYLVANIA", Circuit: "3", State: "PA"},
	{ID: "dvi", Abbrev: "D.V.I.", Phrase: "DISTRICT OF THE VIRGIN ISLANDS", Circuit: "3", State: "VI"},
	{ID: "dmd", Abbrev: "D. Md.", Phrase: "DISTRICT OF MARYLAND", Circuit: "4", State: "MD"},
	{ID: "ednc", Abbrev: "E.D.N.C.", Phrase: "EASTERN DISTRICT OF NORTH CAROLINA", Circuit: "4", State: "NC"},
	{ID: "mdnc", Abbrev: "M.D.N.C.", Phrase: "MIDDLE DISTRICT OF NORTH CAROLINA", Circuit: "4", State: "NC"},
	{ID: "wdnc", Abbrev: "W.D.N.C.", Phrase: "WESTERN DISTRICT OF NORTH CAROLINA", Circuit: "4", State: "NC"},
	{ID: "dsc", Abbrev: "D.S.C.", Phrase: "DISTRICT OF SOUTH CAROLINA", Circuit: "4", State: "SC"},
	{ID: "edva", Abbrev: "E.D. Va.", Phrase: "EASTERN DISTRICT OF VIRGINIA", Circuit: "4", State: "VA"},
	{ID: "wdva", Abbrev: "W.D. Va.", Phrase: "WESTERN DISTRICT OF VIRGINIA", Circuit: "4", State: "VA"},
	{ID: "ndwva", Abbrev: "N.D. W. Va.", Phrase: "NORTHERN DISTRICT OF WEST VIRGINIA", Circuit: "4", State: "WV"},
	{ID: "sdwva", Abbrev: "S.D. W. Va.", Phrase: "SOUTHERN DISTRICT OF WEST VIRGINIA", Circuit: "4", State: "WV"},
	{ID: "edla", Abbrev: "E.D. La.", Phrase: "EASTERN DISTRICT OF LOUISIANA", Circuit: "5", State: "LA"},
	{ID: "mdla", Abbrev: "M.D. La.", Phrase: "MIDDLE DISTRICT OF LOUISIANA", Circuit: "5", State: "LA"},
	{ID: "wdla", Abbrev: "W.D. La.", Phrase: "WESTERN DISTRICT OF LOUISIANA", Circuit: "5", State: "LA"},
	{ID: "ndmiss", Abbrev: "N.D. Miss.", Phrase: "NORTHERN DISTRICT OF MISSISSIPPI", Circuit: "5", State: "MS"},
	{ID: "sdmiss", Abbrev: "S.D. Miss.", Phrase: "SOUTHERN DISTRICT OF MISSISSIPPI", Circuit: "5", State: "MS"},
	{ID: "edtex", Abbrev: "E.D. Tex.", Phrase: "EASTERN DISTRICT OF TEXAS", Circuit: "5", State: "TX"},
	{ID: "ndtex", Abbrev: "N.D. Tex.", Phrase: "NORTHERN DISTRICT OF TEXAS", Circuit: "5", State: "TX"},
	{ID: "sdtex", Abbrev: "S.D. Tex.", Phrase: "SOUTHERN DISTRICT OF TEXAS", Circuit: "5", State: "TX"},
	{ID: "wdtex", Abbrev: "W.D. Tex.", Phrase: "WESTERN DISTRICT OF TEXAS", Circuit: "5", State: "TX"},
	{ID: "edky", Abbrev: "E.D. Ky.", Phrase: "EASTERN DISTRICT OF KENTUCKY", Circuit: "6", State: "KY"},
	{ID: "wdky", Abbrev: "W.D. Ky.", Phrase: "WESTERN DISTRICT OF KENTUCKY", Circuit: "6", State: "KY"},
	{ID: "edmich", Abbrev: "E.D. Mich.", Phrase: "EASTERN DISTRICT OF MICHIGAN", Circuit: "6", State: "MI"},
	{ID: "wdmich", Abbrev: "W.D. Mich.", Phrase: "WESTERN DISTRICT OF MICHIGAN", Circuit: "6", State: "MI"},
	{ID: "ndohio", Abbrev: "N.D. Ohio", Phrase: "NORTHERN DISTRICT OF OHIO", Circuit: "6", State: "OH"},
	{ID: "sdohio", Abbrev: "S.D. Ohio", Phrase: "SOUTHERN DISTRICT OF OHIO", Circuit: "6", State: "OH"},
	{ID: "edtenn", Abbrev: "E.D. Tenn.", Phrase: "EASTERN DISTRICT OF TENNESSEE", Circuit: "6", State: "TN"},
	{ID: "mdtenn", Abbrev: "M.D. Tenn.", Phrase: "MIDDLE DISTRICT OF TENNESSEE", Circuit: "6", State: "TN"},
	{ID: "wdtenn", Abbrev: "W.D. Tenn.", Phrase: "WESTERN DISTRICT OF TENNESSEE", Circuit: "6", State: "TN"},
	{ID: "cdill", Abbrev: "C.D. Ill.", Phrase: "CENTRAL DISTRICT OF ILLINOIS", Circuit: "7", State: "IL"},
	{ID: "ndill", Abbrev: "N.D. Ill.", Phrase: "NORTHERN DISTRICT OF ILLINOIS", Circuit: "7", State: "IL"},
	{ID: "sdill", Abbrev: "S.D. Ill.", Phrase: "SOUTHERN DISTRICT OF ILLINOIS", Circuit: "7", State: "IL"},
	{ID: "ndind", Abbrev: "N.D. Ind.", Phrase: "NORTHERN DISTRICT OF INDIANA", Circuit: "7", State: "IN"},
	{ID: "sdind", Abbrev: "S.D. Ind.", Phrase: "SOUTHERN DISTRICT OF INDIANA", Circuit: "7", State: "IN"},
	{ID: "edwis", Abbrev: "E.D. Wis.", Phrase: "EASTERN DISTRICT OF WISCONSIN", Circuit: "7", State: "WI"},
	{ID: "wdwis", Abbrev: "W.D. Wis.", Phrase: "WESTERN DISTRICT OF WISCONSIN", Circuit: "7", State: "WI"},
	{ID: "edark", Abbrev: "E.D. Ark.", Phrase: "EASTERN DISTRICT OF ARKANSAS", Circuit: "8", State: "AR"},
	{ID: "wdark", Abbrev: "W.D. Ark.", Phrase: "WESTERN DISTRICT OF ARKANSAS", Circuit: "8", State: "AR"},
	{ID: "ndiowa", Abbrev: "N.D. Iowa", Phrase: "NORTHERN DISTRICT OF IOWA", Circuit: "8", State: "IA"},
	{ID: "sdiowa", Abbrev: "S.D. Iowa", Phrase: "SOUTHERN DISTRICT OF IOWA", Circuit: "8", State: "IA"},
	{ID: "dminn", Abbrev: "D. Minn.", Phrase: "DISTRICT OF MINNESOTA", Circuit: "8", State: "MN"},
	{ID: "edmo", Abbrev: "E.D. Mo.", Phrase: "EASTERN DISTRICT OF MISSOURI", Circuit: "8", State: "MO"},
	{ID: "wdmo", Abbrev: "W.D. Mo.", Phrase: "WESTERN DISTRICT OF MISSOURI", Circuit: "8", State: "MO"},
	{ID: "dneb", Abbrev: "D. Neb.", Phrase: "DISTRICT OF NEBRASKA", Circuit: "8", State: "NE"},
	{ID: "dnd", Abbrev: "D.N.D.", Phrase: "DISTRICT OF NORTH DAKOTA", Circuit: "8", State: "ND"},
	{ID: "dsd", Abbrev: "D.S.D.", Phrase: "DISTRICT OF SOUTH DAKOTA", Circuit: "8", State: "SD"},
	{ID: "dalaska", Abbrev: "D. Alaska", Phrase: "DISTRICT OF ALASKA", Circuit: "9", State: "AK"},
	{ID: "dariz", Abbrev: "D. Ariz.", Phrase: "DISTRICT OF ARIZONA", Circuit: "9", State: "AZ"},
	{ID: "cdcal", Abbrev: "C.D. Cal.", Phrase: "CENTRAL DISTRICT OF CALIFORNIA", Circuit: "9", State: "CA"},
	{ID: "edcal", Abbrev: "E.D. Cal.", Phrase: "EASTERN DISTRICT OF CALIFORNIA", Circuit: "9", State: "CA"},
	{ID: "ndcal", Abbrev: "N.D. Cal.", Phrase: "NORTHERN DISTRICT OF CALIFORNIA", Circuit: "9", State: "CA"},
	{ID: "sdcal", Abbrev: "S.D. Cal.", Phrase: "SOUTHERN DISTRICT OF CALIFORNIA", Circuit: "9", State: "CA"},
	{ID: "dhaw", Abbrev: "D. Haw.", Phrase: "DISTRICT OF HAWAII", Circuit: "9", State: "HI"},
	{ID: "didaho", Abbrev: "D. Idaho", Phrase: "DISTRICT OF IDAHO", Circuit: "9", State: "ID"},
	{ID: "dmont", Abbrev: "D. Mont.", Phrase: "DISTRICT OF MONTANA", Circuit: "9", State: "MT"},
	{ID: "dnev", Abbrev: "D. Nev.", Phrase: "DISTRICT OF NEVADA", Circuit: "9", State: "NV"},
	{ID: "dor", Abbrev: "D. Or.", Phrase: "DISTRICT OF OREGON", Circuit: "9", State: "OR"},
	{ID: "edwash", Abbrev: "E.D. Wash.", Phrase: "EASTERN DISTRICT OF WASHINGTON", Circuit: "9", State: "WA"},
	{ID: "wdwash", Abbrev: "W.D. Wash.", Phrase: "WESTERN DISTRICT OF WASHINGTON", Circuit: "9", State: "WA"},
	{ID: "dguam", Abbrev: "D. Guam", Phrase: "DISTRICT OF GUAM", Circuit: "9", State: "GU"},
	{ID: "dnmari", Abbrev: "D.N. Mar. I.", Phrase: "NORTHERN MARIANA ISLANDS", Circuit: "9", State: "MP"},
	{ID: "dcolo", Abbrev: "D. Colo.", Phrase: "DISTRICT OF COLORADO", Circuit: "10", State: "CO"},
	{ID: "dkan", Abbrev: "D. Kan.", Phrase: "DISTRICT OF KANSAS", Circuit: "10", State: "KS"},
	{ID: "dnm", Abbrev: "D.N.M.", Phrase: "DISTRICT OF NEW MEXICO", Circuit: "10", State: "NM"},
	{ID: "edokla", Abbrev: "E.D. Okla.", Phrase: "EASTERN DISTRICT OF OKLAHOMA", Circuit: "10", State: "OK"},
	{ID: "ndokla", Abbrev: "N.D. Okla.", Phrase: "NORTHERN DISTRICT OF OKLAHOMA", Circuit: "10", State: "OK"},
	{ID: "wdokla", Abbrev: "W.D. Okla.", Phrase: "WESTERN DISTRICT OF OKLAHOMA", Circuit: "10", State: "OK"},
	{ID: "dutah", Abbrev: "D. Utah", Phrase: "DISTRICT OF UTAH", Circuit: "10", State: "UT"},
	{ID: "dwyo", Abbrev: "D. Wyo.", Phrase: "DISTRICT OF WYOMING", Circuit: "10", State: "WY"},
	{ID: "mdala", Abbrev: "M.D. Ala.", Phrase: "MIDDLE DISTRICT OF ALABAMA", Circuit: "11", State: "AL"},
	{ID: "ndala", Abbrev: "N.D. Ala.", Phrase: "NORTHERN DISTRICT OF ALABAMA", Circuit: "11", State: "AL"},
	{ID: "sdala", Abbrev: "S.D. Ala.", Phrase: "SOUTHERN DISTRICT OF ALABAMA", Circuit: "11", State: "AL"},
	{ID: "mdfla", Abbrev: "M.D. Fla.", Phrase: "MIDDLE DISTRICT OF FLORIDA", Circuit: "11", State: "FL"},
	{ID: "ndfla", Abbrev: "N.D. Fla.", Phrase: "NORTHERN DISTRICT OF FLORIDA", Circuit: "11", State: "FL"},
	{ID: "sdfla", Abbrev: "S.D. Fla.", Phrase: "SOUTHERN DISTRICT OF FLORIDA", Circuit: "11", State: "FL"},
	{ID: "mdga", Abbrev: "M.D. Ga.", Phrase: "MIDDLE DISTRICT OF GEORGIA", Circuit: "11", State: "GA"},
	{ID: "ndga", Abbrev: "N.D. Ga.", Phrase: "NORTHERN DISTRICT OF GEORGIA", Circuit: "11", State: "GA"},
	{ID: "sdga", Abbrev: "S.D. Ga.", Phrase: "SOUTHERN DISTRICT OF GEORGIA", Circuit: "11", State: "GA"},
}

// DistrictByID finds a district by its normalized key ("sdny"), by its
// abbreviation ("S.D.N.Y.") or by the common alias of district letters, D
// and postal code ("NDCA"); nil when none matches.
func DistrictByID(s string) *District {
	k := normKey(s)
	for i := range Districts {
		d := &Districts[i]
		if d.ID == k || aliasOf(d) == k {
			return d
		}
	}
	return nil
}

// normKey drops periods and spaces and lower-cases: "N.D. Cal." -> "ndcal".
func normKey(s string) string {
	return strings.ToLower(keyDropper.Replace(s))
}

// keyDropper is built once: a Replacer builds its tables on first use,
// which cost more than the replacing when it was built for every key.
var keyDropper = strings.NewReplacer(".", "", " ", "")

// aliasOf is the common short form: the direction letters, "d" and the
// postal code ("ndca", "edtx", "dnj", "ddc").
func aliasOf(d *District) string {
	var dir string
	switch {
	case !strings.Contains(d.Phrase, "DISTRICT OF"):
	case strings.HasPrefix(d.Phrase, "NORTHERN "):
		dir = "n"
	case strings.HasPrefix(d.Phrase, "SOUTHERN "):
		dir = "s"
	case strings.HasPrefix(d.Phrase, "EASTERN "):
		dir = "e"
	case strings.HasPrefix(d.Phrase, "WESTERN "):
		dir = "w"
	case strings.HasPrefix(d.Phrase, "MIDDLE "):
		dir = "m"
	case strings.HasPrefix(d.Phrase, "CENTRAL "):
		dir = "c"
	}
	if d.ID == "ddc" {
		return "ddc"
	}
	return dir + "d" + strings.ToLower(d.State)
}
