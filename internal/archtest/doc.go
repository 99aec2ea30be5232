// Package archtest enforces the import rules of ARCHITECTURE.md in its test:
// ats never depends on export (so the checker shares no code with the
// writers), export never depends on ats, and resume depends on nothing of
// ours. It has no API.
package archtest
