package authority

// Authorities cited in findings, each exactly as RULES.md gives it, without
// any pinpoint or wording RULES.md marks as unconfirmed ([M] or [U]). Where
// only part of a citation is confirmed, the confirmed part is used: the
// Liveperson reporter cite is unconfirmed, its docket number and the amended
// opinion's date are confirmed.
const (
	Liveperson      = "Liveperson, Inc. v. 24/7 Customer, Inc., No. 14 Civ. 1559 (RWS) (S.D.N.Y. Jan. 15, 2015)"
	Kelly           = "Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992)"
	FourthEstate    = "Fourth Estate Pub. Benefit Corp. v. Wall-Street.com, LLC, 586 U.S. 296 (2019)"
	IMS             = "I.M.S. Inquiry Mgmt. Sys., Ltd. v. Berkshire Info. Sys., Inc., 307 F. Supp. 2d 521 (S.D.N.Y. 2004)"
	VanBuren        = "Van Buren v. United States, 593 U.S. 374 (2021)"
	Nexans          = "Nexans Wires S.A. v. Sark-USA, Inc., 166 F. App'x 559 (2d Cir. 2006)"
	TimeWarner      = "Time Warner Cable, Inc. v. DIRECTV, Inc., 497 F.3d 144 (2d Cir. 2007)"
	Avis            = "Avis Rent A Car Sys., Inc. v. Hertz Corp., 782 F.2d 381 (2d Cir. 1986)"
	FashionBoutique = "Fashion Boutique of Short Hills, Inc. v. Fendi USA, Inc., 942 F. Supp. 209 (S.D.N.Y. 1996)"
	BadenSports     = "Baden Sports, Inc. v. Molten USA, Inc., 556 F.3d 1300 (Fed. Cir. 2009)"
	Carvel          = "Carvel Corp. v. Noonan, 3 N.Y.3d 182 (2004)"
	JeffreyMilstein = "Jeffrey Milstein, Inc. v. Greger, Lawlor, Roth, Inc., 58 F.3d 27 (2d Cir. 1995)"
	SaratogaVichy   = "Saratoga Vichy Spring Co. v. Lehman, 625 F.2d 1037 (2d Cir. 1980)"
	Arista          = "Arista Records, LLC v. Doe 3, 604 F.3d 110 (2d Cir. 2010)"
	Weiland         = "Weiland v. Palm Beach Cnty. Sheriff's Office, 792 F.3d 1313 (11th Cir. 2015)"
	Ashland         = "Ashland Mgmt. Inc. v. Janien, 82 N.Y.2d 395 (1993)"
	NAtlantic       = "N. Atl. Instruments, Inc. v. Haber, 188 F.3d 38 (2d Cir. 1999)"
	TurretLabs      = "Turret Labs USA, Inc. v. CargoSprint, LLC, No. 21-952 (2d Cir. Mar. 9, 2022) (summary order)"
	Twombly         = "Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007)"
	Iqbal           = "Ashcroft v. Iqbal, 556 U.S. 662 (2009)"
	CFAALoss        = "18 U.S.C. § 1030(e)(11)"
	CFAAThreshold   = "18 U.S.C. §§ 1030(g), 1030(c)(4)(A)(i)(I)"
	DMCA            = "17 U.S.C. § 1201(a)"
	// §3.E-F and §3.H (New York interference, unfair competition, preemption,
	// trade secrets, contract, unjust enrichment). Pinpoints RULES.md marks
	// [M] are left out.
	LamaHolding       = "Lama Holding Co. v. Smith Barney Inc., 88 N.Y.2d 413 (1996)"
	NBTBancorp        = "NBT Bancorp Inc. v. Fleet/Norstar Fin. Grp., Inc., 87 N.Y.2d 614 (1996)"
	GuardLife         = "Guard-Life Corp. v. S. Parker Hardware Mfg. Corp., 50 N.Y.2d 183 (1980)"
	McGill            = "McGill v. Parker, 179 A.D.2d 98 (1st Dep't 1992)"
	ColemanMorris     = "Coleman & Morris, Inc. v. Pisciotta, 279 A.D. 656 (2d Dep't 1951)"
	HeadquartersBuick = "Headquarters Buick-Nissan, Inc. v. Michael Oldsmobile, Inc., 149 A.D.2d 302 (1st Dep't 1989)"
	Copyright301      = "17 U.S.C. § 301"
	Kregos            = "Kregos v. Associated Press, 3 F.3d 656 (2d Cir. 1993)"
	Briarpatch        = "Briarpatch Ltd. v. Phoenix Pictures, Inc., 373 F.3d 296 (2d Cir. 2004)"
	DTSADefinition    = "18 U.S.C. § 1839(3)"
	DTSAMisapp        = "18 U.S.C. § 1839(5)-(6)"
	Harsco            = "Harsco Corp. v. Segui, 91 F.3d 337 (2d Cir. 1996)"
	Corsello          = "Corsello v. Verizon N.Y., Inc., 18 N.Y.3d 777 (2012)"
	ClarkFitzpatrick  = "Clark-Fitzpatrick, Inc. v. Long Island R.R. Co., 70 N.Y.2d 382 (1987)"
	CFAAExceeds       = "18 U.S.C. § 1030(e)(6)"
	CFAAAction        = "18 U.S.C. § 1030(g)"
	CFAA              = "18 U.S.C. § 1030"
	Brekka            = "LVRC Holdings LLC v. Brekka, 581 F.3d 1127 (9th Cir. 2009)"
	PowerVentures     = "Facebook, Inc. v. Power Ventures, Inc., 844 F.3d 1058 (9th Cir. 2016)"
	authValle         = "United States v. Valle, 807 F.3d 508 (2d Cir. 2015)"
	authCivicCenter   = "Civic Ctr. Motors, Ltd. v. Mason St. Import Cars, Ltd., 387 F. Supp. 2d 378 (S.D.N.Y. 2005)"
	LanhamFA          = "15 U.S.C. § 1125(a)(1)(B)"
	NBA               = "Nat'l Basketball Ass'n v. Motorola, Inc., 105 F.3d 841 (2d Cir. 1997)"
	Lexmark           = "Lexmark Int'l, Inc. v. Static Control Components, Inc., 572 U.S. 118 (2014)"
	Dastar            = "Dastar Corp. v. Twentieth Century Fox Film Corp., 539 U.S. 23 (2003)"
	CitizensUnited    = "Citizens United v. Schneiderman, 882 F.3d 374 (2d Cir. 2018)"
	Salahuddin        = "Salahuddin v. Cuomo, 861 F.2d 40 (2d Cir. 1988)"
	Atuahene          = "Atuahene v. City of Hartford, 10 F. App'x 33 (2d Cir. 2001) (summary order)"
	Rules8and10       = "Fed. R. Civ. P. 8(a)(2), 8(d)(1), 10(b)"
	// §3.A-B (copyright, DMCA § 1201): statutes, and cases RULES.md marks
	// verified or [M] as a whole, without pinpoints.
	Section106    = "17 U.S.C. § 106"
	Section411    = "17 U.S.C. § 411(a)"
	Section412    = "17 U.S.C. § 412"
	Ownership     = "17 U.S.C. §§ 201, 501(b)"
	Section102b   = "17 U.S.C. § 102(b)"
	Circumvention = "17 U.S.C. § 1201(a)(3)(A)"
	Interop       = "17 U.S.C. § 1201(f)"
	DMCAWork      = "17 U.S.C. § 1201(a)(1)(A)"
	Altai         = "Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992)"
	Egilman       = "Egilman v. Keller & Heckman, LLP, 401 F. Supp. 2d 105 (D.D.C. 2005)"
)

// Cite joins authorities the way a brief strings them.
func Cite(parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += "; "
		}
		out += p
	}
	return out
}
