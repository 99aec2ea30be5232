package rendercv

import "encoding/json"

func quote(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}

func quoteList(l []string) json.RawMessage {
	b, _ := json.Marshal(l)
	return b
}
