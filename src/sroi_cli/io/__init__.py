"""Input: strict YAML, Excel and CSV readers, value parsing, header aliases and the rule-set loader."""
