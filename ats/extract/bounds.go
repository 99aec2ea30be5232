package extract

import "fmt"

// Limits on what one file may produce, whatever its format. They keep
// extraction and the parse after it within about a second and 100 MB: a
// resume has a few hundred lines and tens of kilobytes of text, so a file
// that yields far more is refused (ErrTooLarge, naming the limit) rather
// than cut short and passed on as if it were whole.
const (
	DefaultMaxLines = 10000   // lines of extracted text
	DefaultMaxText  = 1 << 20 // bytes of extracted text
)

// maxXMLPart bounds the inflated size of one XML part read from a DOCX
// (document.xml, the styles, a header). Real
// resumes have parts of a few hundred kilobytes; the whole part is held
// in memory while it is read.
const maxXMLPart = 8 << 20

// maxXMLRead bounds the XML inflated from one DOCX, all parts together:
// encoding/xml reads some 20-30 MB a second.
const maxXMLRead = 12 << 20

// textBudget counts the lines and bytes of text a reader has produced and
// fails once either passes its limit. A limit of 0 or less is no limit.
type textBudget struct {
	lines, bytes       int
	maxLines, maxBytes int
}

func newTextBudget(o Options) *textBudget {
	return &textBudget{maxLines: o.MaxLines, maxBytes: o.MaxText}
}

// add counts one line of text and reports ErrTooLarge past a limit.
func (b *textBudget) add(text string) error {
	b.lines++
	b.bytes += len(text)
	if b.maxLines > 0 && b.lines > b.maxLines {
		return fmt.Errorf("%w: the file yields more than %d lines of text (limit Options.MaxLines); a resume has a few hundred", ErrTooLarge, b.maxLines)
	}
	if b.maxBytes > 0 && b.bytes > b.maxBytes {
		return fmt.Errorf("%w: the file yields more than %d bytes of text (limit Options.MaxText)", ErrTooLarge, b.maxBytes)
	}
	return nil
}

// addLines counts every line in ls.
func (b *textBudget) addLines(ls []Line) error {
	for _, l := range ls {
		if err := b.add(l.Text); err != nil {
			return err
		}
	}
	return nil
}
