package input

import (
	"strings"
	"testing"
)

// A part in an encoding other than UTF-8 is refused with what the user can
// do about it, not with the XML decoder's name for the missing hook.
func TestReadDocxOtherEncodingSaysWhatToDo(t *testing.T) {
	body := docXML(para("", "Caf\xe9 au lait."))
	body = strings.Replace(body, `encoding="UTF-8"`, `encoding="ISO-8859-1"`, 1)
	if !strings.Contains(body, `encoding="ISO-8859-1"`) {
		t.Fatalf("fixture has no encoding declaration to replace: %.80s", body)
	}
	err := refused(t, zipParts(t, "word/document.xml", body), nil)
	want := `word/document.xml is in the "ISO-8859-1" encoding; complaintlint reads Word files in UTF-8, as Word saves them: open the file in Word or LibreOffice and save it again as a Word document (.docx)`
	if err.Error() != want {
		t.Errorf("message %q,\nwant %q", err, want)
	}
	if strings.Contains(err.Error(), "CharsetReader") {
		t.Errorf("message names Go's API: %q", err)
	}
}
