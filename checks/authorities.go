package checks

// Authorities cited in findings, each exactly as RULES.md gives it, without
// any pinpoint or wording RULES.md marks as unconfirmed ([M] or [U]). Where
// only part of a citation is confirmed, the confirmed part is used: the
// Liveperson reporter cite is unconfirmed, its docket number and the amended
// opinion's date are confirmed.
const (
	authLiveperson      = "Liveperson, Inc. v. 24/7 Customer, Inc., No. 14 Civ. 1559 (RWS) (S.D.N.Y. Jan. 15, 2015)"
	authKelly           = "Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992)"
	authFourthEstate    = "Fourth Estate Pub. Benefit Corp. v. Wall-Street.com, LLC, 586 U.S. 296 (2019)"
	authIMS             = "I.M.S. Inquiry Mgmt. Sys., Ltd. v. Berkshire Info. Sys., Inc., 307 F. Supp. 2d 521 (S.D.N.Y. 2004)"
	authVanBuren        = "Van Buren v. United States, 593 U.S. 374 (2021)"
	authNexans          = "Nexans Wires S.A. v. Sark-USA, Inc., 166 F. App'x 559 (2d Cir. 2006)"
	authTimeWarner      = "Time Warner Cable, Inc. v. DIRECTV, Inc., 497 F.3d 144 (2d Cir. 2007)"
	authAvis            = "Avis Rent A Car Sys., Inc. v. Hertz Corp., 782 F.2d 381 (2d Cir. 1986)"
	authFashionBoutique = "Fashion Boutique of Short Hills, Inc. v. Fendi USA, Inc., 942 F. Supp. 209 (S.D.N.Y. 1996)"
	authBadenSports     = "Baden Sports, Inc. v. Molten USA, Inc., 556 F.3d 1300 (Fed. Cir. 2009)"
	authCarvel          = "Carvel Corp. v. Noonan, 3 N.Y.3d 182 (2004)"
	authJeffreyMilstein = "Jeffrey Milstein, Inc. v. Greger, Lawlor, Roth, Inc., 58 F.3d 27 (2d Cir. 1995)"
	authSaratogaVichy   = "Saratoga Vichy Spring Co. v. Lehman, 625 F.2d 1037 (2d Cir. 1980)"
	authArista          = "Arista Records, LLC v. Doe 3, 604 F.3d 110 (2d Cir. 2010)"
	authWeiland         = "Weiland v. Palm Beach Cnty. Sheriff's Office, 792 F.3d 1313 (11th Cir. 2015)"
	authAshland         = "Ashland Mgmt. Inc. v. Janien, 82 N.Y.2d 395 (1993)"
	authNAtlantic       = "N. Atl. Instruments, Inc. v. Haber, 188 F.3d 38 (2d Cir. 1999)"
	authTurretLabs      = "Turret Labs USA, Inc. v. CargoSprint, LLC, No. 21-952 (2d Cir. Mar. 9, 2022) (summary order)"
	authTwombly         = "Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007)"
	authIqbal           = "Ashcroft v. Iqbal, 556 U.S. 662 (2009)"
	authCFAALoss        = "18 U.S.C. § 1030(e)(11)"
	authCFAAThreshold   = "18 U.S.C. §§ 1030(g), 1030(c)(4)(A)(i)(I)"
	authDMCA            = "17 U.S.C. § 1201(a)"
	auth106             = "17 U.S.C. § 106"
	auth411             = "17 U.S.C. § 411(a)"
	auth412             = "17 U.S.C. § 412"
	authOwnership       = "17 U.S.C. §§ 201, 501(b)"
	auth102b            = "17 U.S.C. § 102(b)"
	authCircumvention   = "17 U.S.C. § 1201(a)(3)(A)"
	authInterop         = "17 U.S.C. § 1201(f)"
	authDMCAWork        = "17 U.S.C. § 1201(a)(1)(A)"
)

// cite joins authorities the way a brief strings them.
func cite(parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += "; "
		}
		out += p
	}
	return out
}
