package chart

import "github.com/complaintlint/complaintlint/lint/legal"

// Row is one element of a claim (ELEMENTS.md): its stable id
// (`family.element`), how courts name it, the short authority, and the
// rules whose signals and findings decide it. No rules: the row is always
// "not checked".
type Row struct {
	ID        string
	Element   string
	Authority string
	Rules     []string
}

// Table is the element list of one claim family, or of one of its
// variants (§ 1202, the California lists, the interference lists).
type Table struct {
	// ID names the list: the family id, or the list's own id where a
	// family has several ("ny-interference-contract").
	ID     string
	Family legal.Claim
	Title  string
	// Law is the state whose law the list applies ("NY", "CA"); empty for
	// federal claims and lists read under any law.
	Law string
	// Authorities is the list's authority line, quoted from RULES.md
	// (ELEMENTS.md "Authorities").
	Authorities string
	Rows        []Row
}

func rules(ids ...string) []string { return ids }

// Tables are the element lists of ELEMENTS.md §§ 1-11, in its order.
var Tables = []*Table{
	{ID: "copyright", Family: legal.ClaimCopyright, Title: "Copyright",
		Authorities: "Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992) (Conner, J.), aff'd, 23 F.3d 398 (2d Cir. 1994) (table) (list); Feist Publ'ns, Inc. v. Rural Tel. Serv. Co., 499 U.S. 340 (1991) (list); Fourth Estate Pub. Benefit Corp. v. Wall-Street.com, LLC, 586 U.S. 296 (2019), 139 S. Ct. 881; Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992)",
		Rows: []Row{
			{"copyright.works", "Specific original works", "Kelly", rules("copyright-works-ownership-unidentified")},
			{"copyright.ownership", "Plaintiff owns the copyrights", "Kelly; Feist; 17 U.S.C. § 501(b)", rules("copyright-works-ownership-unidentified")},
			{"copyright.registration", "Registered (or refused, preregistered, exempt)", "Kelly; 17 U.S.C. § 411(a); Fourth Estate", rules("copyright-registration-missing")},
			{"copyright.acts", "Accused product and § 106 act", "Kelly; 17 U.S.C. § 106", rules("copyright-accused-acts-unspecified")},
			{"copyright.period", "When: start date or bounded period", "Kelly", rules("copyright-infringement-period-missing")},
			{"copyright.expression", "Copying of protectable expression", "Feist; 17 U.S.C. § 102(b); Altai", rules("copyright-protectable-expression-unalleged")},
		}},
	{ID: "dmca1201", Family: legal.ClaimDMCA, Title: "DMCA § 1201",
		Authorities: "17 U.S.C. §§ 1201(a), 1203 (list); § 1201(a)(1)(A); § 1201(a)(3)(A), (B); Liveperson, Inc. v. 24/7 Customer, Inc., 83 F. Supp. 3d 501 (S.D.N.Y. 2015)",
		Rows: []Row{
			{"dmca1201.work", "Copyrighted work behind the measure", "§ 1201(a)(1)(A)", rules("dmca-1201-protected-work-unidentified")},
			{"dmca1201.measure", "Technological measure controlling access", "§ 1201(a)(1)(A), (a)(3)(B); Liveperson", rules("dmca-1201-measure-unidentified")},
			{"dmca1201.circumvention", "Defendant circumvented it", "§ 1201(a)(3)(A)", rules("dmca-1201-circumvention-act-missing", "dmca-1201-mimicry-or-reverse-engineering")},
			{"dmca1201.without-authority", "Without the copyright owner's authority", "§ 1201(a)(3)(A)", rules("dmca-1201-authorized-access")},
		}},
	{ID: "dmca1202", Family: legal.ClaimDMCA1202, Title: "DMCA § 1202",
		Authorities: "17 U.S.C. § 1202; Stevens; Mango; TransUnion",
		Rows: []Row{
			{"dmca1202.cmi", "CMI on identified works", "17 U.S.C. § 1202", rules("dmca-1202-cmi-unidentified")},
			{"dmca1202.act", "Removal ((b)(1)), distribution ((b)(3)) or false CMI ((a))", "17 U.S.C. § 1202", rules("dmca-1202-removal-facts-missing", "dmca-1202-identicality-risk")},
			{"dmca1202.removal-knowledge", "Knowing removal or alteration", "Stevens", rules("dmca-1202-scienter-unpled")},
			{"dmca1202.infringement-knowledge", "Knowing it will induce, enable, facilitate or conceal infringement", "Stevens", rules("dmca-1202-scienter-unpled")},
			{"dmca1202.injury", "Concrete harm", "TransUnion", rules("dmca-1202-standing-injury-unpled")},
		}},
	{ID: "cfaa", Family: legal.ClaimCFAA, Title: "CFAA § 1030(g)",
		Authorities: "18 U.S.C. § 1030(g) (list); § 1030(c)(4)(A)(i)(I); § 1030(e)(6), (e)(11); Van Buren v. United States, 593 U.S. 374 (2021), 141 S. Ct. 1648; Nexans Wires S.A. v. Sark-USA, Inc., 166 F. App'x 559 (2d Cir. 2006) (summary order), aff'g 319 F. Supp. 2d 468 (S.D.N.Y. 2004)",
		Rows: []Row{
			{"cfaa.protected-computer", "Access to a protected computer", "§ 1030(g)", nil},
			{"cfaa.authorization", "Without authorization, or exceeding authorized access", "§ 1030(e)(6); Van Buren", rules("cfaa-exceeds-authorized-access-misuse", "cfaa-without-authorization-unsupported")},
			{"cfaa.violation", "The cited subsection's own elements", "§ 1030(a)(2)(C), (a)(4), (a)(5)", rules("cfaa-subsection-theory-mismatch")},
			{"cfaa.loss", "Cognizable loss ≥ $5,000 in one year", "§ 1030(c)(4)(A)(i)(I); § 1030(e)(11); Nexans", rules("cfaa-loss-threshold-unpled", "cfaa-loss-not-system-costs")},
		}},
	{ID: "lanham-fa", Family: legal.ClaimLanhamFA, Title: "Lanham Act § 43(a)(1)(B) false advertising",
		Authorities: "list: none in RULES.md; 15 U.S.C. § 1125(a)(1)(B); Time Warner Cable, Inc. v. DIRECTV, Inc., 497 F.3d 144 (2d Cir. 2007); Fashion Boutique of Short Hills, Inc. v. Fendi USA, Inc., 942 F. Supp. 209 (S.D.N.Y. 1996), aff'd, 314 F.3d 48 (2d Cir. 2002); Nat'l Basketball Ass'n v. Motorola, Inc., 105 F.3d 841 (2d Cir. 1997); Lexmark Int'l, Inc. v. Static Control Components, Inc., 572 U.S. 118 (2014)",
		Rows: []Row{
			{"lanham-fa.statement", "Statement of fact, in context", "§ 1125(a)(1)(B); Time Warner Cable", rules("lanham-ad-content-context-missing", "lanham-puffery-risk", "lanham-dastar-origin-of-idea")},
			{"lanham-fa.falsity", "Literally false or misleading, and why", "Time Warner Cable", rules("lanham-falsity-theory-unstated")},
			{"lanham-fa.advertising", "Commercial advertising or promotion", "§ 1125(a)(1)(B); Fashion Boutique", rules("lanham-dissemination-not-advertising")},
			{"lanham-fa.materiality", "Material to buyers", "NBA", rules("lanham-materiality-injury-unpled")},
			{"lanham-fa.commerce", "In interstate commerce", "—", nil},
			{"lanham-fa.injury", "Commercial injury, proximately caused", "Lexmark", rules("lanham-materiality-injury-unpled")},
		}},
	{ID: "ny-interference-contract", Family: legal.ClaimInterference, Law: "NY", Title: "Tortious interference with contract (New York)",
		Authorities: "Lama Holding Co. v. Smith Barney Inc., 88 N.Y.2d 413 (1996) (list); NBT Bancorp Inc. v. Fleet/Norstar Fin. Grp., Inc., 87 N.Y.2d 614 (1996)",
		Rows: []Row{
			{"ny-interference-contract.contract", "Valid contract with an identified third party", "Lama Holding", rules("ny-interference-third-party-unidentified", "ny-interference-at-will-employees")},
			{"ny-interference-contract.knowledge", "Defendant knew of it", "Lama Holding", rules("ny-interference-contract-breach-missing")},
			{"ny-interference-contract.procurement", "Intentional procurement of breach, unjustified", "Lama Holding", nil},
			{"ny-interference-contract.breach", "Actual breach by the third party", "Lama Holding; NBT Bancorp", rules("ny-interference-contract-breach-missing")},
			{"ny-interference-contract.damages", "Damages", "Lama Holding", nil},
		}},
	{ID: "ny-interference-prospective", Family: legal.ClaimInterference, Law: "NY", Title: "Tortious interference with prospective relations (New York)",
		Authorities: "Catskill Dev., L.L.C. v. Park Place Entm't Corp., 547 F.3d 115 (2d Cir. 2008) (list); Guard-Life Corp. v. S. Parker Hardware Mfg. Corp., 50 N.Y.2d 183 (1980); Carvel Corp. v. Noonan, 3 N.Y.3d 182, 190-92 (2004); McGill v. Parker, 179 A.D.2d 98 (1st Dep't 1992); Vigoda v. DCA Prods. Plus Inc., 293 A.D.2d 265 (1st Dep't 2002)",
		Rows: []Row{
			{"ny-interference-prospective.relationship", "Business relations with a specific third party", "Catskill; McGill", rules("ny-interference-third-party-unidentified")},
			{"ny-interference-prospective.interference", "Interference aimed at the third party", "Catskill; Carvel", nil},
			{"ny-interference-prospective.wrongful-means", "Wrongful purpose or improper means", "Catskill; Guard-Life; Carvel", rules("ny-interference-wrongful-means-missing", "ny-interference-at-will-employees")},
			{"ny-interference-prospective.injury", "Injury to the relationship (but-for)", "Catskill; Vigoda", nil},
		}},
	{ID: "ca-interference-contract", Family: legal.ClaimInterference, Law: "CA", Title: "Interference with contractual relations (California)",
		Authorities: "Pac. Gas & Elec.; Ixchel",
		Rows: []Row{
			{"ca-interference-contract.contract", "Valid contract with a third party", "Pac. Gas & Elec.", rules("ca-interference-relationship-unidentified")},
			{"ca-interference-contract.knowledge", "Defendant's knowledge of it", "Pac. Gas & Elec.", nil},
			{"ca-interference-contract.intent", "Intentional acts to induce breach or disruption", "Pac. Gas & Elec.", nil},
			{"ca-interference-contract.breach-or-disruption", "Actual breach or disruption", "Pac. Gas & Elec.", nil},
			{"ca-interference-contract.damage", "Resulting damage", "Pac. Gas & Elec.", nil},
		}},
	{ID: "ca-interference-prospective", Family: legal.ClaimInterference, Law: "CA", Title: "Interference with prospective economic advantage (California)",
		Authorities: "Korea Supply; Della Penna; Ixchel; Reeves",
		Rows: []Row{
			{"ca-interference-prospective.relationship", "Economic relationship with a third party", "Korea Supply", rules("ca-interference-relationship-unidentified")},
			{"ca-interference-prospective.knowledge", "Defendant's knowledge of it", "Korea Supply", nil},
			{"ca-interference-prospective.intent", "Intentional or negligent acts to disrupt it", "Korea Supply", nil},
			{"ca-interference-prospective.wrongful-act", "An independently wrongful act", "Korea Supply; Della Penna; Ixchel; Reeves", rules("ca-interference-independently-wrongful-act-missing", "ca-interference-at-will-employees")},
			{"ca-interference-prospective.disruption", "Actual disruption", "Korea Supply", nil},
			{"ca-interference-prospective.damage", "Economic harm caused by the act", "Korea Supply", nil},
		}},
	{ID: "ny-unfair-comp", Family: legal.ClaimUnfairComp, Law: "NY", Title: "Unfair competition — misappropriation (New York)",
		Authorities: "Jeffrey Milstein, Inc. v. Greger, Lawlor, Roth, Inc., 58 F.3d 27, 34-35 (2d Cir. 1995) (list); Saratoga Vichy Spring Co. v. Lehman, 625 F.2d 1037, 1044 (2d Cir. 1980)",
		Rows: []Row{
			{"ny-unfair-comp.misappropriation", "Misappropriating plaintiff's labors or confidences (or passing off)", "Jeffrey Milstein", rules("ny-unfair-competition-bad-faith-misappropriation-missing", "state-claim-copyright-preemption-risk")},
			{"ny-unfair-comp.bad-faith", "Bad faith", "Jeffrey Milstein; Saratoga Vichy", rules("ny-unfair-competition-bad-faith-misappropriation-missing")},
		}},
	{ID: "trade-secret", Family: legal.ClaimTradeSecret, Title: "Trade secrets",
		Authorities: "18 U.S.C. § 1839(3), (3)(A), (5), (6) (list, DTSA); 18 U.S.C. § 1836; Ashland Mgmt. Inc. v. Janien, 82 N.Y.2d 395, 407 (1993); N. Atl. Instruments, Inc. v. Haber, 188 F.3d 38, 43-44 (2d Cir. 1999) (list, NY); Turret Labs USA, Inc. v. CargoSprint, LLC, No. 21-952 (2d Cir. Mar. 9, 2022) (summary order)",
		Rows: []Row{
			{"trade-secret.identification", "A trade secret, identified with particularity", "§ 1839(3); Ashland; N. Atl.", rules("trade-secret-identification-generic", "ca-trade-secret-2019-210-identification")},
			{"trade-secret.value", "Economic value from secrecy", "§ 1839(3); Ashland", nil},
			{"trade-secret.secrecy-measures", "Reasonable secrecy measures", "§ 1839(3)(A); Turret Labs; Ashland", rules("trade-secret-secrecy-measures-missing")},
			{"trade-secret.misappropriation", "Improper acquisition, or use/disclosure in breach of a duty", "§ 1839(5), (6); N. Atl.", rules("trade-secret-misappropriation-facts-missing")},
			{"trade-secret.interstate-commerce", "DTSA: product or service in interstate commerce", "§ 1836", nil},
		}},
	{ID: "contract", Family: legal.ClaimContract, Title: "Breach of contract",
		Authorities: "Harsco Corp. v. Segui, 91 F.3d 337 (2d Cir. 1996) (list); Wolff v. Rare Medium, Inc., 171 F. Supp. 2d 354 (S.D.N.Y. 2001)",
		Rows: []Row{
			{"contract.agreement", "An agreement", "Harsco", rules("contract-provisions-unidentified")},
			{"contract.performance", "Plaintiff's performance", "Harsco", rules("contract-provisions-unidentified")},
			{"contract.breach", "Breach of an identified provision", "Harsco; Wolff", rules("contract-provisions-unidentified")},
			{"contract.damages", "Damages", "Harsco", rules("contract-provisions-unidentified")},
		}},
	{ID: "unjust-enrichment", Family: legal.ClaimUnjustEnrichment, Title: "Unjust enrichment",
		Authorities: "Mandarin Trading Ltd. v. Wildenstein, 16 N.Y.3d 173 (2011) (list); Corsello v. Verizon N.Y., Inc., 18 N.Y.3d 777 (2012); Clark-Fitzpatrick, Inc. v. Long Island R.R. Co., 70 N.Y.2d 382 (1987); Briarpatch Ltd. v. Phoenix Pictures, Inc., 373 F.3d 296 (2d Cir. 2004)",
		Rows: []Row{
			{"unjust-enrichment.enrichment", "Defendant was enriched", "Mandarin", nil},
			{"unjust-enrichment.expense", "At plaintiff's expense", "Mandarin", nil},
			{"unjust-enrichment.equity", "Retention against equity and good conscience", "Mandarin", nil},
			{"unjust-enrichment.not-duplicative", "Condition: not duplicative, not mere copying", "Corsello; Clark-Fitzpatrick; Briarpatch", rules("unjust-enrichment-duplicative", "state-claim-copyright-preemption-risk")},
		}},
	{ID: "ca-unjust-enrichment", Family: legal.ClaimUnjustEnrichment, Law: "CA", Title: "Unjust enrichment (California)",
		Authorities: "Astiana; Paracor",
		Rows: []Row{
			{"unjust-enrichment.benefit", "Receipt of a benefit", "Astiana", nil},
			{"unjust-enrichment.unjust-retention", "Unjust retention at plaintiff's expense", "Astiana", nil},
			{"unjust-enrichment.quasi-contract", "Framed as quasi-contract, not a standalone claim", "Astiana; Paracor", rules("ca-unjust-enrichment-standalone")},
		}},
	{ID: "ca-ucl", Family: legal.ClaimUCL, Law: "CA", Title: "California UCL",
		Authorities: "Cel-Tech; Kwikset; Korea Supply; Sonner",
		Rows: []Row{
			{"ca-ucl.practice", "An unlawful, unfair or fraudulent practice (prong and predicate)", "Cel-Tech", rules("ca-ucl-unlawful-predicate-missing", "ca-fal-statement-unidentified", "state-claim-copyright-preemption-risk", "ca-cutsa-supersession-risk")},
			{"ca-ucl.standing", "Lost money or property", "Kwikset", rules("ca-ucl-standing-lost-money-property")},
			{"ca-ucl.remedy", "Restitution or injunction; legal remedy inadequate", "Korea Supply; Sonner", rules("ca-ucl-remedy-mismatch")},
		}},
	{ID: "ca-fal", Family: legal.ClaimFAL, Law: "CA", Title: "California false advertising law",
		Authorities: "Williams v. Gerber; Kearns; Kwikset",
		Rows: []Row{
			{"ca-fal.statement", "An untrue or misleading statement", "Williams v. Gerber; Kearns", rules("ca-fal-statement-unidentified")},
			{"ca-fal.knowledge", "Defendant knew or should have known", "—", nil},
			{"ca-fal.standing", "Reliance and lost money or property", "Kwikset", rules("ca-ucl-standing-lost-money-property")},
		}},
	{ID: "ca-cdafa", Family: legal.ClaimCDAFA, Law: "CA", Title: "Cal. Penal Code § 502",
		Authorities: "—",
		Rows: []Row{
			{"ca-cdafa.access", "Access without permission", "—", nil},
			{"ca-cdafa.act", "An act § 502(c) lists", "—", nil},
			{"ca-cdafa.owner", "Plaintiff owns the computer or data", "—", nil},
			{"ca-cdafa.damage-or-loss", "Damage or loss", "—", nil},
		}},
}

// TableByID finds a list.
func TableByID(id string) *Table {
	for _, t := range Tables {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// RowByID finds an element row and its list; a sub-row id
// ("….wrongful-means/employees") finds its main row.
func RowByID(id string) (*Table, *Row) {
	for i := 0; i < len(id); i++ {
		if id[i] == '/' {
			id = id[:i]
			break
		}
	}
	for _, t := range Tables {
		for i := range t.Rows {
			if t.Rows[i].ID == id {
				return t, &t.Rows[i]
			}
		}
	}
	return nil, nil
}
