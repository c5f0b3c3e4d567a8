package document

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Each case is one paragraph and the sentences it must split into. The
// cases are the citation-heavy text complaints are full of; Punkt alone
// splits most of them wrongly.
var sentenceCases = []struct {
	name string
	text string
	want []string
}{
	{"reporter", "See Liveperson, Inc. v. 24/7 Customer, Inc., 83 F. Supp. 3d 501, 510 (S.D.N.Y. 2015). The court dismissed Count I.",
		[]string{"See Liveperson, Inc. v. 24/7 Customer, Inc., 83 F. Supp. 3d 501, 510 (S.D.N.Y. 2015).", "The court dismissed Count I."}},
	{"circuit", "The Second Circuit agreed. United States v. Valle, 807 F.3d 508 (2d Cir. 2015).",
		[]string{"The Second Circuit agreed.", "United States v. Valle, 807 F.3d 508 (2d Cir. 2015)."}},
	{"usc section", "Defendant violated 17 U.S.C. § 1201(a)(1)(A). It did so knowingly.",
		[]string{"Defendant violated 17 U.S.C. § 1201(a)(1)(A).", "It did so knowingly."}},
	{"usc mid", "Under 18 U.S.C. § 1030(g), a civil action lies. Loss must exceed $5,000.",
		[]string{"Under 18 U.S.C. § 1030(g), a civil action lies.", "Loss must exceed $5,000."}},
	{"id", "Id. at 512. The court then turned to the DMCA claim.",
		[]string{"Id. at 512.", "The court then turned to the DMCA claim."}},
	{"id lower", "The claim fails. Id. at 5.", []string{"The claim fails.", "Id. at 5."}},
	{"eg", "Courts recognize measures, e.g. passwords and encryption. None is pleaded here.",
		[]string{"Courts recognize measures, e.g. passwords and encryption.", "None is pleaded here."}},
	{"ie", "The Module, i.e. the rules engine, was copied. Defendant sold it.",
		[]string{"The Module, i.e. the rules engine, was copied.", "Defendant sold it."}},
	{"inc mid", "LivePerson, Inc. is a Delaware corporation. Its principal place of business is New York.",
		[]string{"LivePerson, Inc. is a Delaware corporation.", "Its principal place of business is New York."}},
	{"inc end", "Plaintiff sues 24/7 Customer, Inc. Defendant is a California corporation.",
		[]string{"Plaintiff sues 24/7 Customer, Inc.", "Defendant is a California corporation."}},
	{"esq", "Jane Roe, Esq. signed the complaint. She is admitted in New York.",
		[]string{"Jane Roe, Esq. signed the complaint.", "She is admitted in New York."}},
	{"sdny", "The case was filed in the S.D.N.Y. on March 5, 2014. It was assigned to Judge Sweet.",
		[]string{"The case was filed in the S.D.N.Y. on March 5, 2014.", "It was assigned to Judge Sweet."}},
	{"et al", "Smith et al. filed suit. The court consolidated the cases.",
		[]string{"Smith et al. filed suit.", "The court consolidated the cases."}},
	{"no", "The registration is Reg. No. TX 7-654-321. It issued in 2013.",
		[]string{"The registration is Reg. No. TX 7-654-321.", "It issued in 2013."}},
	{"ex", "A copy is attached as Ex. A. The certificate is prima facie evidence.",
		[]string{"A copy is attached as Ex. A.", "The certificate is prima facie evidence."}},
	{"exh", "See Exh. B at 4. The e-mail is dated June 3, 2013.",
		[]string{"See Exh. B at 4.", "The e-mail is dated June 3, 2013."}},
	{"para sign", "As alleged in ¶ 12, Defendant copied the code. That copying continues.",
		[]string{"As alleged in ¶ 12, Defendant copied the code.", "That copying continues."}},
	{"paras", "See ¶¶ 40-52. Each allegation is incorporated.", []string{"See ¶¶ 40-52.", "Each allegation is incorporated."}},
	{"fed r civ p", "Rule 12(b)(6) of the Fed. R. Civ. P. governs. The standard is plausibility.",
		[]string{"Rule 12(b)(6) of the Fed. R. Civ. P. governs.", "The standard is plausibility."}},
	{"s ct", "Van Buren v. United States, 141 S. Ct. 1648 (2021). The Court read the statute narrowly.",
		[]string{"Van Buren v. United States, 141 S. Ct. 1648 (2021).", "The Court read the statute narrowly."}},
	{"f app'x", "Nexans Wires S.A. v. Sark-USA, Inc., 166 F. App'x 559 (2d Cir. 2006). Lost profits were not loss.",
		[]string{"Nexans Wires S.A. v. Sark-USA, Inc., 166 F. App'x 559 (2d Cir. 2006).", "Lost profits were not loss."}},
	{"ny2d", "Guard-Life Corp. v. S. Parker Hardware Mfg. Corp., 50 N.Y.2d 183 (1980). Persuasion alone is not wrongful means.",
		[]string{"Guard-Life Corp. v. S. Parker Hardware Mfg. Corp., 50 N.Y.2d 183 (1980).", "Persuasion alone is not wrongful means."}},
	{"ad2d", "McGill v. Parker, 179 A.D.2d 98 (1st Dep't 1992). The relationship must be specific.",
		[]string{"McGill v. Parker, 179 A.D.2d 98 (1st Dep't 1992).", "The relationship must be specific."}},
	{"frd", "Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992). The test has four elements.",
		[]string{"Kelly v. L.L. Cool J., 145 F.R.D. 32 (S.D.N.Y. 1992).", "The test has four elements."}},
	{"initials", "Plaintiff's engineer, John Q. Public, found the code. He reported it.",
		[]string{"Plaintiff's engineer, John Q. Public, found the code.", "He reported it."}},
	{"judge initials", "The Honorable Robert W. Sweet presided. Oral argument was held.",
		[]string{"The Honorable Robert W. Sweet presided.", "Oral argument was held."}},
	{"month abbrev", "On Jan. 15, 2015, the court amended its opinion. The disposition did not change.",
		[]string{"On Jan. 15, 2015, the court amended its opinion.", "The disposition did not change."}},
	{"sept", "Defendant launched the product in Sept. 2013. Sales began at once.",
		[]string{"Defendant launched the product in Sept. 2013.", "Sales began at once."}},
	{"curly quote end", "Defendant stated: “the industry’s first smart chat.” The statement is false.",
		[]string{"Defendant stated: “the industry’s first smart chat.”", "The statement is false."}},
	{"straight quote end", `Defendant stated: "the first predictive chat." That is untrue.`,
		[]string{`Defendant stated: "the first predictive chat."`, "That is untrue."}},
	{"em dash", "Defendant copied the Module — all 42 source files. It then sold them.",
		[]string{"Defendant copied the Module — all 42 source files.", "It then sold them."}},
	{"question", "Who had access? Only Defendant's engineers did.", []string{"Who had access?", "Only Defendant's engineers did."}},
	{"et seq", "Plaintiff sues under 17 U.S.C. § 101 et seq. Defendant infringed.",
		[]string{"Plaintiff sues under 17 U.S.C. § 101 et seq.", "Defendant infringed."}},
	{"vs", "In Avis Rent A Car Sys., Inc. vs. Hertz Corp. the court read the ad as a whole. That rule governs.",
		[]string{"In Avis Rent A Car Sys., Inc. vs. Hertz Corp. the court read the ad as a whole.", "That rule governs."}},
	{"corp co", "Acme Co. and Beta Corp. are affiliates. Both are defendants.",
		[]string{"Acme Co. and Beta Corp. are affiliates.", "Both are defendants."}},
	{"llc", "Northwind Analytics LLC is a Delaware company. It sells chat software.",
		[]string{"Northwind Analytics LLC is a Delaware company.", "It sells chat software."}},
	{"cf", "Cf. Carvel Corp. v. Noonan, 3 N.Y.3d 182 (2004). The conduct must be a crime or a tort.",
		[]string{"Cf. Carvel Corp. v. Noonan, 3 N.Y.3d 182 (2004).", "The conduct must be a crime or a tort."}},
	{"string cite", "See Weiland v. Palm Beach Cnty. Sheriff's Office, 792 F.3d 1313 (11th Cir. 2015); Twombly, 550 U.S. 544. Each count must stand alone.",
		[]string{"See Weiland v. Palm Beach Cnty. Sheriff's Office, 792 F.3d 1313 (11th Cir. 2015); Twombly, 550 U.S. 544.", "Each count must stand alone."}},
	{"us reports", "Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007). Labels do not suffice.",
		[]string{"Bell Atl. Corp. v. Twombly, 550 U.S. 544 (2007).", "Labels do not suffice."}},
	{"int'l", "Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992). Filtration applies.",
		[]string{"Computer Assocs. Int'l, Inc. v. Altai, Inc., 982 F.2d 693 (2d Cir. 1992).", "Filtration applies."}},
	{"money decimals", "LP paid $48,200.50 for forensics. The work took 310 hours.",
		[]string{"LP paid $48,200.50 for forensics.", "The work took 310 hours."}},
	{"version numbers", "Defendant shipped version 2.1 in 2013. Version 3.0 followed.",
		[]string{"Defendant shipped version 2.1 in 2013.", "Version 3.0 followed."}},
	{"url", "The ad ran at acme.example/help. It remained there for a year.",
		[]string{"The ad ran at acme.example/help.", "It remained there for a year."}},
	{"dr mr", "Dr. Smith and Mr. Jones left LP. They joined Defendant.",
		[]string{"Dr. Smith and Mr. Jones left LP.", "They joined Defendant."}},
	{"lower continuation", "The agreement (as amended) was signed. it was renewed.",
		[]string{"The agreement (as amended) was signed. it was renewed."}},
	{"dated sign", "Dated: New York, New York. May 15, 2014.",
		[]string{"Dated: New York, New York.", "May 15, 2014."}},
}

func TestSentenceSegmentation(t *testing.T) {
	if len(sentenceCases) < 40 {
		t.Fatalf("%d cases; the table must hold at least 40 citation-heavy sentences", len(sentenceCases))
	}
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, sp := range segment(tc.text) {
				got = append(got, tc.text[sp.Start:sp.End])
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("segment(%q)\n got: %q\nwant: %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestOneSentenceAgreesWithPunkt: wherever the shortcut that spares the
// sentence model applies, Punkt would have found the same one sentence.
// The texts are every paragraph and every line of the fixtures, and their
// prefixes cut before each sentence-ending mark.
func TestOneSentenceAgreesWithPunkt(t *testing.T) {
	var texts []string
	for _, dir := range []string{"complaints", "corpus", "realistic", "rules"} {
		err := filepath.WalkDir(filepath.Join("..", "..", "testdata", dir), func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, ".md") {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			s := string(data)
			texts = append(texts, strings.Split(s, "\n\n")...)
			texts = append(texts, strings.Split(s, "\n")...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range texts[:min(len(texts), 4000)] {
		for i, r := range s {
			if strings.ContainsRune(sentenceEnds, r) {
				texts = append(texts, s[:i+1], s[:i+1]+" ")
			}
		}
	}
	used := 0
	for _, text := range texts {
		fast, ok := oneSentence(text)
		if !ok {
			continue
		}
		used++
		if slow := segmentPunkt(text); !reflect.DeepEqual(fast, slow) && (len(fast) > 0 || len(slow) > 0) {
			t.Fatalf("%q: shortcut %v, Punkt %v", text, fast, slow)
		}
	}
	if used < 1000 {
		t.Errorf("the shortcut applied to %d texts only; the comparison proves little", used)
	}
	t.Logf("%d of %d texts compared", used, len(texts))
}
