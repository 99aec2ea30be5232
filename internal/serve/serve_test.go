package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/resumekit/resumekit/ats/extract"
	"github.com/resumekit/resumekit/check"
	"github.com/resumekit/resumekit/examples"
	"github.com/resumekit/resumekit/export"
	"github.com/resumekit/resumekit/export/style"
	"github.com/resumekit/resumekit/internal/isolate"
)

// childArg makes the test binary the isolated reader, as the CLI's
// hidden command makes resumekit one.
const childArg = "__serve_test_extract"

func TestMain(m *testing.M) {
	if len(os.Args) == 4 && os.Args[1] == childArg {
		size, _ := strconv.ParseInt(os.Args[2], 10, 64)
		if err := isolate.Child(context.Background(), os.Args[3], extract.Options{MaxSize: size}, os.Stdout); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// isolated reads every document in a child process through
// internal/isolate, as "resumekit serve --isolate=always" does.
func isolated(ctx context.Context, path string, opts extract.Options) (*extract.Document, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	argv := []string{exe, childArg, strconv.FormatInt(opts.MaxSize, 10), path}
	return isolate.Extract(ctx, argv, path, isolate.Limits{MaxMemory: 512 << 20, Timeout: 20 * time.Second})
}

const hostileDir = "../hostile/testdata/hostile"

// newTest starts the handler with test defaults: isolated reading, a
// temporary directory of the test's own, a quiet log.
func newTest(t testing.TB, o Options) (*Server, *httptest.Server) {
	t.Helper()
	if o.Extract == nil {
		o.Extract = isolated
	}
	if o.TempDir == "" {
		o.TempDir = t.TempDir()
	}
	if o.Log == nil {
		o.Log = log.New(io.Discard, "", 0)
	}
	s, err := New(o)
	require.NoError(t, err)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// exampleFile writes the example resume in one format into dir.
func exampleFile(t testing.TB, dir, format string) string {
	t.Helper()
	r, err := examples.Resume()
	require.NoError(t, err)
	f, err := export.Lookup(format)
	require.NoError(t, err)
	path := filepath.Join(dir, "example"+f.Ext)
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf, r, style.Options{}))
	require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o600))
	return path
}

// multipartBody builds a form with the given files (field → name, data).
func multipartBody(t testing.TB, files map[string][2]string, fields map[string]string) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for field, f := range files {
		w, err := mw.CreateFormFile(field, f[0])
		require.NoError(t, err)
		_, err = w.Write([]byte(f[1]))
		require.NoError(t, err)
	}
	for k, v := range fields {
		require.NoError(t, mw.WriteField(k, v))
	}
	require.NoError(t, mw.Close())
	return &buf, mw.FormDataContentType()
}

func post(t testing.TB, ts *httptest.Server, path string, files map[string][2]string, fields map[string]string) (*http.Response, string) {
	t.Helper()
	body, ct := multipartBody(t, files, fields)
	req, err := http.NewRequest(http.MethodPost, ts.URL+path, body)
	require.NoError(t, err)
	req.Header.Set("Content-Type", ct)
	return do(t, req)
}

func do(t testing.TB, req *http.Request) (*http.Response, string) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, string(b)
}

// has asserts that page contains want, without printing the whole page.
func has(t testing.TB, page, want string, msg ...any) {
	t.Helper()
	if !strings.Contains(page, want) {
		t.Errorf("the answer (%d bytes, starting %q) lacks %q %v", len(page), head(page), want, msg)
	}
}

// lacks asserts that page does not contain bad.
func lacks(t testing.TB, page, bad string, msg ...any) {
	t.Helper()
	if i := strings.Index(page, bad); i >= 0 {
		t.Errorf("the answer holds %q at %d: ...%q... %v", bad, i, page[max(0, i-80):min(len(page), i+80)], msg)
	}
}

// head is the start of an answer, or its error box when it has one.
func head(page string) string {
	if i := strings.Index(page, `role="alert"`); i >= 0 {
		return page[i:min(len(page), i+300)]
	}
	return page[:min(len(page), 120)]
}

func readFile(t testing.TB, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestIndex(t *testing.T) {
	_, ts := newTest(t, Options{})
	res, err := http.Get(ts.URL + "/")
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	csp := res.Header.Get("Content-Security-Policy")
	assert.Contains(t, csp, "script-src 'self'")
	assert.NotContains(t, csp, "unsafe-inline")
	assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
	assert.Equal(t, "DENY", res.Header.Get("X-Frame-Options"))
	assert.Equal(t, "no-store", res.Header.Get("Cache-Control"))
	page := string(body)
	for _, want := range []string{`<label for="file">`, `<label for="source">`, `<label for="editor">`, `action="/upload"`, `enctype="multipart/form-data"`, "Example Candidate"} {
		has(t, page, want)
	}
	// Nothing from elsewhere, no inline script or style.
	lacks(t, page, "https://")
	lacks(t, page, "<script>")
	lacks(t, page, "style=")
	assert.False(t, regexp.MustCompile(`\son[a-z]+=`).MatchString(page), "no onclick= and the like")
}

func TestStatic(t *testing.T) {
	_, ts := newTest(t, Options{})
	for path, ctype := range map[string]string{"/static/app.js": "javascript", "/static/app.css": "text/css"} {
		res, body := do(t, mustReq(t, http.MethodGet, ts.URL+path))
		assert.Equal(t, http.StatusOK, res.StatusCode, path)
		assert.Contains(t, res.Header.Get("Content-Type"), ctype, path)
		lacks(t, body, "http://", path)
		lacks(t, body, "https://", path)
		lacks(t, body, "@import", path)
		lacks(t, body, "@font-face", path)
	}
	res, _ := do(t, mustReq(t, http.MethodGet, ts.URL+"/static/nope.js"))
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
	res, _ = do(t, mustReq(t, http.MethodGet, ts.URL+"/nope"))
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
}

func mustReq(t testing.TB, method, u string) *http.Request {
	t.Helper()
	req, err := http.NewRequest(method, u, nil)
	require.NoError(t, err)
	return req
}

func TestBadMethods(t *testing.T) {
	_, ts := newTest(t, Options{})
	for _, c := range []struct{ method, path string }{
		{http.MethodGet, "/upload"}, {http.MethodPut, "/upload"}, {http.MethodGet, "/editor"},
		{http.MethodGet, "/api/validate"}, {http.MethodGet, "/preview"}, {http.MethodDelete, "/download"},
		{http.MethodPost, "/"}, {http.MethodPut, "/"}, {http.MethodPost, "/static/app.js"},
	} {
		res, _ := do(t, mustReq(t, c.method, ts.URL+c.path))
		assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode, "%s %s", c.method, c.path)
	}
}

func TestHostHeader(t *testing.T) {
	var logged bytes.Buffer
	_, ts := newTest(t, Options{AllowHosts: []string{"cv.lan"}, Log: log.New(&logged, "", 0)})
	for host, want := range map[string]int{
		"127.0.0.1:8080": 200, "localhost:8080": 200, "LOCALHOST": 200, "[::1]:8080": 200, "10.0.0.7:8080": 200, "cv.lan:8080": 200,
		"attacker.example:8080": 403, "attacker.example": 403, "localhost.attacker.example": 403, "127.0.0.1.nip.io": 403,
	} {
		req := mustReq(t, http.MethodGet, ts.URL+"/")
		req.Host = host
		res, body := do(t, req)
		assert.Equal(t, want, res.StatusCode, host)
		if want == 403 {
			has(t, body, "unknown Host header")
		}
	}
	// Posts too: a rebinding page cannot reach the work.
	body, ct := multipartBody(t, map[string][2]string{"file": {"cv.txt", "Ada"}}, nil)
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/upload", body)
	req.Header.Set("Content-Type", ct)
	req.Host = "attacker.example"
	res, _ := do(t, req)
	assert.Equal(t, http.StatusForbidden, res.StatusCode)
	assert.Contains(t, logged.String(), "DNS rebinding")
}

func TestCrossSitePost(t *testing.T) {
	_, ts := newTest(t, Options{})
	for name, set := range map[string]func(*http.Request){
		"sec-fetch-site": func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") },
		"origin":         func(r *http.Request) { r.Header.Set("Origin", "http://attacker.example") },
	} {
		body, ct := multipartBody(t, nil, map[string]string{"resume": string(examples.YAML), "format": "md"})
		req, _ := http.NewRequest(http.MethodPost, ts.URL+"/download", body)
		req.Header.Set("Content-Type", ct)
		set(req)
		res, _ := do(t, req)
		assert.Equal(t, http.StatusForbidden, res.StatusCode, name)
	}
	// The page's own posts pass.
	body, ct := multipartBody(t, nil, map[string]string{"resume": string(examples.YAML), "format": "md"})
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/download", body)
	req.Header.Set("Content-Type", ct)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("Origin", ts.URL)
	res, _ := do(t, req)
	assert.Equal(t, http.StatusOK, res.StatusCode)
}

func TestUploadDocument(t *testing.T) {
	_, ts := newTest(t, Options{})
	dir := t.TempDir()
	r, err := examples.Resume()
	require.NoError(t, err)
	for _, format := range []string{"pdf", "docx", "md", "xlsx"} {
		path := exampleFile(t, dir, format)
		res, page := post(t, ts, "/upload", map[string][2]string{"file": {filepath.Base(path), readFile(t, path)}}, nil)
		require.Equal(t, http.StatusOK, res.StatusCode, format+": "+head(page))
		for _, want := range []string{"The text an ATS sees", "What it parsed", "parse --json", `id="ats-text"`, `id="parsed"`} {
			has(t, page, want, format)
		}
		has(t, page, `<p class="name">Example Candidate</p>`, format)
		for _, e := range r.Work {
			has(t, page, `<p class="company">`+templateEscape(e.Name), format+": employer "+e.Name)
		}
		has(t, page, `&#34;name&#34;: &#34;Example Candidate&#34;`, format+": the JSON pane")
	}
}

// templateEscape escapes s as html/template does in text.
func templateEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestUploadWarningsMarked(t *testing.T) {
	_, ts := newTest(t, Options{})
	// Icon-font glyphs, as Font Awesome leaves them in text.
	text := "Ada Lovelace\n\uf0e0 ada@example.com \uf095 +44 20 7946 0000\n\nExperience\nProgrammer, Analytical Engines Ltd\nJun 2021 – Sep 2023\n"
	res, page := post(t, ts, "/upload", map[string][2]string{"file": {"cv.txt", text}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, head(page))
	has(t, page, `class="warn warn-icons"`)
	has(t, page, "Icon font")
	lacks(t, page, "\uf0e0")

	pdf := filepath.Join("../../../shared/corpus/rendercv/classic.pdf")
	if _, err := os.Stat(pdf); err != nil {
		t.Skip("../shared (the corpus) is absent: the RenderCV PDF part is skipped")
	}
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {"classic.pdf", readFile(t, pdf)}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	has(t, page, `class="warn warn-icons"`, "RenderCV's classic theme uses Font Awesome")
	has(t, page, `mark-left`, "its running header is marked as left out")
}

func TestUploadSource(t *testing.T) {
	_, ts := newTest(t, Options{})
	res, page := post(t, ts, "/upload", map[string][2]string{"file": {"resume.yaml", string(examples.YAML)}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, head(page))
	has(t, page, "What each format loses")
	for _, f := range export.Formats() {
		has(t, page, `<tr><th scope="row">`+f.Name+`</th>`, "a row for "+f.Name)
		has(t, page, `name="format" value="`+f.Name+`"`, "a download for "+f.Name)
	}
	has(t, page, `<input type="hidden" name="resume" value="`)
	has(t, page, `<input type="hidden" name="name" value="resume">`)

	// A RenderCV source from the corpus.
	yml := "../../../shared/corpus/rendercv/classic.yaml"
	if _, err := os.Stat(yml); err != nil {
		t.Skip("../shared (the corpus) is absent: the RenderCV source part is skipped")
	}
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {"classic.yaml", readFile(t, yml)}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, head(page))
	has(t, page, `<span class="tag">rendercv</span>`)
	has(t, page, "has no JSON Resume equivalent", "the lenient load's warnings are shown")
}

func TestUploadAgainst(t *testing.T) {
	_, ts := newTest(t, Options{})
	dir := t.TempDir()
	pdf := exampleFile(t, dir, "pdf")
	// The truth says something the document does not: the check must
	// find it and show the path.
	src := strings.Replace(string(examples.YAML), "name: Example Candidate", "name: Example Person", 1)
	require.NotEqual(t, string(examples.YAML), src)
	srcPath := filepath.Join(dir, "truth.yaml")
	require.NoError(t, os.WriteFile(srcPath, []byte(src), 0o600))
	res, page := post(t, ts, "/upload", map[string][2]string{"file": {"cv.pdf", readFile(t, pdf)}, "source": {"truth.yaml", src}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, head(page))
	has(t, page, "against its source")

	truth, opts, _, err := check.Load(srcPath, check.Options{})
	require.NoError(t, err)
	rep := check.CheckFile(context.Background(), truth, pdf, opts)
	require.NotEmpty(t, rep.Lost(), "the tampered source must lose something")
	for _, l := range rep.Lost() {
		has(t, page, "<code>"+templateEscape(l.Path)+"</code>", "loss "+l.Path)
	}
	has(t, page, "<code>basics.name</code>")
	has(t, page, "Example Candidate", "what the ATS saw")

	// The files the other way round are put right.
	res, page2 := post(t, ts, "/upload", map[string][2]string{"source": {"cv.pdf", readFile(t, pdf)}, "file": {"truth.yaml", src}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	has(t, page2, "<code>basics.name</code>")

	// Two sources are refused with a clear message.
	res, page3 := post(t, ts, "/upload", map[string][2]string{"source": {"a.yaml", src}, "file": {"b.yaml", src}}, nil)
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	has(t, page3, "both source resumes")
}

func TestUploadErrors(t *testing.T) {
	_, ts := newTest(t, Options{})
	res, page := post(t, ts, "/upload", nil, map[string]string{"x": "y"})
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	has(t, page, "choose a resume file")
	has(t, page, `role="alert"`)

	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/upload", strings.NewReader("file=x"))
	req.Header.Set("Content-Type", "text/plain")
	res, _ = do(t, req)
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)

	// A source with a date that is no date is checked leniently, as check
	// does: the page warns at the file's line that the date was left out.
	bad := "basics:\n  name: A\nwork:\n  - name: B\n    position: C\n    startDate: 2024-13\n"
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {"mine.yaml", bad}}, nil)
	assert.Equal(t, http.StatusOK, res.StatusCode)
	has(t, page, "mine.yaml:6:")
	has(t, page, "left out")
	// A source that is not YAML at all is refused, with its line.
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {"mine.yaml", "basics:\n  name: [A\n"}}, nil)
	assert.Equal(t, http.StatusUnprocessableEntity, res.StatusCode)
	has(t, page, "mine.yaml:")
	lacks(t, page, os.TempDir(), "no server path leaks")
}

func TestOversizedUploads(t *testing.T) {
	_, ts := newTest(t, Options{MaxSize: 1 << 10})
	big := strings.Repeat("Ada Lovelace, programmer.\n", 100) // 2.6 KB
	res, page := post(t, ts, "/upload", map[string][2]string{"file": {"big.txt", big}}, nil)
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	has(t, page, "larger than the 1 KB limit")
	// A body far past the limit is cut off by the reader's bound.
	huge := strings.Repeat("x", 200<<10)
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {"a.txt", "Ada"}}, map[string]string{"pad": huge})
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	has(t, page, "limit")
	res, _ = post(t, ts, "/editor", nil, map[string]string{"resume": huge})
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
}

func TestHostileUploads(t *testing.T) {
	entries, err := os.ReadDir(hostileDir)
	require.NoError(t, err)
	tmp := t.TempDir()
	_, ts := newTest(t, Options{TempDir: tmp, Timeout: 30 * time.Second})
	n := 0
	for _, e := range entries {
		if e.IsDir() || strings.HasSuffix(e.Name(), ".go") || e.Name() == "manifest.json" {
			continue
		}
		n++
		data := readFile(t, filepath.Join(hostileDir, e.Name()))
		start := time.Now()
		res, page := post(t, ts, "/upload", map[string][2]string{"file": {e.Name(), data}}, nil)
		took := time.Since(start)
		assert.Contains(t, []int{200, 422}, res.StatusCode, "%s: %s", e.Name(), head(page))
		assert.Less(t, took, 25*time.Second, e.Name())
		if res.StatusCode == 422 {
			has(t, page, `role="alert"`, e.Name())
			has(t, page, templateEscape(e.Name()), "the error names the file "+e.Name())
		}
		left, err := os.ReadDir(tmp)
		require.NoError(t, err)
		assert.Empty(t, left, "%s left files behind", e.Name())
	}
	require.Greater(t, n, 10, "the hostile suite is there")
}

func TestNothingRenderedUnescaped(t *testing.T) {
	_, ts := newTest(t, Options{})
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	name := `"><img src=y onerror=alert(3)>.html`
	// An HTML page is read as a browser shows it: its script is no text,
	// its visible markup-like text and its name are shown escaped.
	res, page := post(t, ts, "/upload", map[string][2]string{"file": {name, "<!DOCTYPE html><html><body><h1>Ada Lovelace</h1><p>&lt;script&gt;alert(4)&lt;/script&gt;</p>" + evil + "</body></html>"}}, nil)
	assert.Equal(t, http.StatusOK, res.StatusCode)
	lacks(t, page, "<script>alert")
	lacks(t, page, "<img src=x")
	has(t, page, "&lt;img src=y onerror=alert(3)&gt;")
	lacks(t, page, "<img src=y")
	has(t, page, "&lt;script&gt;alert(4)&lt;/script&gt;")
	lacks(t, page, "alert(1)")
	// Markup in a text resume is text.
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {name + ".txt", "Ada Lovelace\n" + evil + "\nExperience\n"}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode)
	lacks(t, page, "<script>alert")
	lacks(t, page, "<img src=x")
	has(t, page, "&lt;script&gt;alert(1)&lt;/script&gt;")
	// In a source resume and the editor.
	src := strings.Replace(string(examples.YAML), "name: Example Candidate", "name: '"+strings.ReplaceAll(evil, "'", "''")+"'", 1)
	res, page = post(t, ts, "/upload", map[string][2]string{"file": {"x.yaml", src}}, nil)
	require.Equal(t, http.StatusOK, res.StatusCode, head(page))
	lacks(t, page, "<script>alert")
	lacks(t, page, "<img src=x")
	res, page = post(t, ts, "/editor", nil, map[string]string{"resume": "basics: [" + evil})
	require.Equal(t, http.StatusOK, res.StatusCode)
	lacks(t, page, "<script>alert")
	has(t, page, "1 problem:")
	// Downloads never render in the page's origin.
	res, _ = post(t, ts, "/download", nil, map[string]string{"resume": src, "format": "md", "name": name})
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, `attachment; filename="imgsrcyonerroralert3html.md"`, res.Header.Get("Content-Disposition"))
	assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
}

func TestEditor(t *testing.T) {
	_, ts := newTest(t, Options{})
	bad := "basics:\n  name: Ada\n  email: ada@example.com\nwork:\n  - name: Engines\n    position: Programmer\n    startDate: 2021-06\n    endDate: 2020-01\n"
	// Without JavaScript: the page with the problems at their lines.
	res, page := post(t, ts, "/editor", nil, map[string]string{"resume": bad})
	require.Equal(t, http.StatusOK, res.StatusCode)
	has(t, page, `<span class="at">line 7:`)
	has(t, page, "<code>work[0].startDate</code>")
	has(t, page, ">basics:\n  name: Ada", "the text is kept in the editor")
	// Valid: the check table.
	res, page = post(t, ts, "/editor", nil, map[string]string{"resume": string(examples.YAML)})
	require.Equal(t, http.StatusOK, res.StatusCode)
	has(t, page, "Valid.")
	has(t, page, "What each format loses")

	// The script's JSON.
	form := url.Values{"resume": {"basics:\n  name: Ada\n  email: nope\n"}}
	resp, err := http.PostForm(ts.URL+"/api/validate", form)
	require.NoError(t, err)
	var v validateResult
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	resp.Body.Close()
	assert.False(t, v.OK)
	require.NotEmpty(t, v.Problems)
	assert.Equal(t, 3, v.Problems[0].Line)
	assert.Equal(t, "basics.email", v.Problems[0].Path)
	resp, err = http.PostForm(ts.URL+"/api/validate", url.Values{"resume": {string(examples.YAML)}})
	require.NoError(t, err)
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	resp.Body.Close()
	assert.True(t, v.OK)
	assert.Empty(t, v.Problems)
	// Syntax errors have lines too.
	resp, err = http.PostForm(ts.URL+"/api/validate", url.Values{"resume": {"basics:\n  name: [Ada\n"}})
	require.NoError(t, err)
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	resp.Body.Close()
	require.NotEmpty(t, v.Problems)
	assert.Positive(t, v.Problems[0].Line)
}

func TestPreviewAndDownload(t *testing.T) {
	_, ts := newTest(t, Options{})
	res, body := post(t, ts, "/preview", nil, map[string]string{"resume": string(examples.YAML)})
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "application/pdf", res.Header.Get("Content-Type"))
	assert.True(t, strings.HasPrefix(body, "%PDF-"))
	assert.Contains(t, res.Header.Get("Content-Disposition"), "inline")
	assert.Contains(t, res.Header.Get("Content-Security-Policy"), "frame-ancestors 'self'")
	r, err := examples.Resume()
	require.NoError(t, err)
	for _, f := range export.Formats() {
		res, body := post(t, ts, "/download", nil, map[string]string{"resume": string(examples.YAML), "format": f.Name, "name": "my cv"})
		require.Equal(t, http.StatusOK, res.StatusCode, f.Name)
		assert.Equal(t, fmt.Sprintf(`attachment; filename="mycv%s"`, f.Ext), res.Header.Get("Content-Disposition"))
		assert.Equal(t, f.MediaType, res.Header.Get("Content-Type"))
		var want bytes.Buffer
		require.NoError(t, f.Write(&want, r, style.Options{}))
		assert.Equal(t, want.Len(), len(body), "%s: the download is what export writes", f.Name)
	}
	res, body = post(t, ts, "/download", nil, map[string]string{"resume": string(examples.YAML), "format": "md", "lang": "de"})
	require.Equal(t, http.StatusOK, res.StatusCode)
	has(t, body, "Berufserfahrung", "headings in German")
	res, _ = post(t, ts, "/download", nil, map[string]string{"resume": string(examples.YAML), "format": "md", "lang": "xx"})
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	res, page := post(t, ts, "/download", nil, map[string]string{"resume": string(examples.YAML), "format": "odt"})
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	has(t, page, "unknown format")
	res, page = post(t, ts, "/download", nil, map[string]string{"resume": "basics: {name: A, email: x}", "format": "pdf"})
	assert.Equal(t, http.StatusUnprocessableEntity, res.StatusCode)
	has(t, page, "basics.email")
	lacks(t, page, os.TempDir())

	// Every source the check table reads (leniently) can be downloaded.
	yml := "../../../shared/corpus/rendercv/classic.yaml"
	if _, err := os.Stat(yml); err != nil {
		t.Skip("../shared (the corpus) is absent: the RenderCV download is skipped")
	}
	res, body = post(t, ts, "/download", nil, map[string]string{"resume": readFile(t, yml), "format": "md"})
	require.Equal(t, http.StatusOK, res.StatusCode, head(body))
	has(t, body, "John Doe")
}

// blockingExtract waits for release (or the request's end) before reading.
type blockingExtract struct {
	started chan struct{}
	release chan struct{}
}

func (b *blockingExtract) extract(ctx context.Context, path string, opts extract.Options) (*extract.Document, error) {
	b.started <- struct{}{}
	select {
	case <-b.release:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return extract.File(ctx, path, opts)
}

func TestBusy(t *testing.T) {
	b := &blockingExtract{started: make(chan struct{}, 1), release: make(chan struct{})}
	_, ts := newTest(t, Options{MaxConcurrent: 1, QueueWait: -1, Extract: b.extract})
	files := map[string][2]string{"file": {"cv.txt", "Ada Lovelace\nExperience\n"}}
	done := make(chan int)
	go func() {
		res, _ := post(t, ts, "/upload", files, nil)
		done <- res.StatusCode
	}()
	<-b.started
	res, page := post(t, ts, "/upload", files, nil)
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	has(t, page, "busy")
	assert.NotEmpty(t, res.Header.Get("Retry-After"))
	// The page itself is never refused.
	res, _ = do(t, mustReq(t, http.MethodGet, ts.URL+"/"))
	assert.Equal(t, http.StatusOK, res.StatusCode)
	close(b.release)
	assert.Equal(t, http.StatusOK, <-done)
	res, _ = post(t, ts, "/upload", files, nil)
	assert.Equal(t, http.StatusOK, res.StatusCode, "the slot is free again")
}

func TestRequestTimeout(t *testing.T) {
	b := &blockingExtract{started: make(chan struct{}, 1), release: make(chan struct{})}
	_, ts := newTest(t, Options{Timeout: 200 * time.Millisecond, Extract: b.extract})
	res, page := post(t, ts, "/upload", map[string][2]string{"file": {"cv.txt", "Ada"}}, nil)
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	has(t, page, "time limit")
}

func TestConcurrentUploads(t *testing.T) {
	tmp := t.TempDir()
	_, ts := newTest(t, Options{TempDir: tmp, MaxConcurrent: 4, QueueWait: time.Minute})
	dir := t.TempDir()
	docx := readFile(t, exampleFile(t, dir, "docx"))
	md := readFile(t, exampleFile(t, dir, "md"))
	var wg sync.WaitGroup
	codes := make([]int, 20)
	pages := make([]string, 20)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f := map[string][2]string{"file": {"cv.docx", docx}}
			if i%2 == 1 {
				f = map[string][2]string{"file": {"cv.md", md}}
			}
			res, page := post(t, ts, "/upload", f, nil)
			codes[i], pages[i] = res.StatusCode, page
		}()
	}
	wg.Wait()
	for i := range codes {
		assert.Equal(t, http.StatusOK, codes[i], head(pages[i]))
		assert.Contains(t, pages[i], `<p class="name">Example Candidate</p>`)
	}
	left, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, left)
}
