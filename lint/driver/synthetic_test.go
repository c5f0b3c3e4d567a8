package driver

import (
	"fmt"
	"strings"
)

// syntheticComplaint writes a realistic complaint of about size bytes:
// caption, parties, a long facts section with citations, curly quotes and
// em dashes, and counts of every family the rules know, each incorporating
// the facts. It is deterministic so benchmarks compare like with like.
func syntheticComplaint(size int) string {
	var b strings.Builder
	b.WriteString("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nACME ANALYTICS, INC.,\n\nPlaintiff,\n\nv.\n\nNORTHWIND SYSTEMS CORP.,\n\nDefendant.\n\nCOMPLAINT\n\n")
	b.WriteString("NATURE OF THE ACTION\n\n")
	n := 1
	para := func(s string) {
		fmt.Fprintf(&b, "%d. %s\n\n", n, s)
		n++
	}
	para("Plaintiff Acme Analytics, Inc. (“Acme”) brings this action against Defendant Northwind Systems Corp. (“Northwind”) under 17 U.S.C. § 101 et seq., 17 U.S.C. § 1201, 18 U.S.C. § 1030 and 15 U.S.C. § 1125(a).")
	b.WriteString("THE PARTIES\n\n")
	para("Acme is a Delaware corporation with its principal place of business at 100 Main Street, New York, New York.")
	para("Northwind is a California corporation with its principal place of business in San Jose, California.")
	b.WriteString("JURISDICTION AND VENUE\n\n")
	para("This Court has subject-matter jurisdiction under 28 U.S.C. §§ 1331 and 1338, and supplemental jurisdiction under 28 U.S.C. § 1367.")
	b.WriteString("FACTUAL ALLEGATIONS\n\n")
	facts := []string{
		"In 2007 Acme and Northwind entered into a Services Agreement (the “Agreement”), under which Northwind received a limited license to access Acme’s platform for joint customers.",
		"Acme’s engagement module, version 8.1 (the “Module”), was written by Acme employees within the scope of their employment and is registered with the Copyright Office, Reg. No. TX 7-654-321, effective March 3, 2013.",
		"See Liveperson, Inc. v. 24/7 Customer, Inc., 83 F. Supp. 3d 501 (S.D.N.Y. 2015); Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992) — both describe what a complaint like this one must plead.",
		"Upon information and belief, Northwind copied the Module and incorporated it into its own products, which it sells to customers and prospective customers throughout the United States.",
		"Northwind’s engineers accessed Acme’s back-end systems more than 1,300 times between March and May 2013, according to Acme’s server logs.",
		"Northwind circumvented Acme’s security measures and exceeded its authorized access by using Acme’s data to build a competing product.",
		"Northwind has falsely advertised that its platform is “the first predictive chat platform on the market,” a statement that is untrue because Acme’s product offered predictive chat from 2009.",
		"As a result of Northwind’s conduct, Acme lost major clients and suffered harm to its goodwill and reputation, in an amount to be determined at trial.",
	}
	counts := []string{
		"COUNT %s\nCOPYRIGHT INFRINGEMENT\n(17 U.S.C. § 501)",
		"COUNT %s\nVIOLATION OF THE DIGITAL MILLENNIUM COPYRIGHT ACT\n(17 U.S.C. § 1201)",
		"COUNT %s\nCOMPUTER FRAUD AND ABUSE ACT\n(18 U.S.C. § 1030)",
		"COUNT %s\nFALSE ADVERTISING\n(15 U.S.C. § 1125(a)(1)(B))",
		"COUNT %s\nBREACH OF CONTRACT",
		"COUNT %s\nUNJUST ENRICHMENT",
	}
	roman := []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}
	// Facts fill about two thirds of the size; counts the rest.
	for i := 0; b.Len() < size*2/3; i++ {
		para(facts[i%len(facts)])
	}
	factsEnd := n - 1
	for c := 0; b.Len() < size-600 || c < len(counts); c++ {
		fmt.Fprintf(&b, counts[c%len(counts)]+"\n\n", roman[c%len(roman)])
		para(fmt.Sprintf("Acme repeats and realleges paragraphs 1 through %d as if fully set forth herein.", factsEnd))
		for j := 0; j < 4; j++ {
			para(facts[(c+j)%len(facts)])
		}
	}
	b.WriteString("PRAYER FOR RELIEF\n\nWHEREFORE, Acme requests judgment against Northwind, statutory damages and attorney’s fees.\n\nDEMAND FOR JURY TRIAL\n\nAcme demands a trial by jury.\n\nDated: New York, New York\nMay 15, 2014\n\nRespectfully submitted,\n\nJane Roe, Esq.\n")
	return b.String()
}
