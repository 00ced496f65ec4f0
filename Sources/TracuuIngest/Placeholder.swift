// The ingestion of raw article text: see Extractor.swift.
