// The index name search takes its candidates from (Store/FullTextSearch.cs): searchTerms holds each folded name
// whole and its words, separated by spaces, so the whitespace analyzer makes exactly those the terms.
CREATE FULLTEXT INDEX entity_search_terms IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchTerms]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
