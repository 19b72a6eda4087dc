enum HTMLArticleParser { static func parse(_ t: String, path: String) throws(CorpusError) -> Article { try NativeTextParser.parse(t, path: path) } }
