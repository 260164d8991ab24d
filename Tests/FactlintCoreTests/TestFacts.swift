@testable import FactlintCore

/// A small fact base for the checker's unit tests, independent of the
/// default one so each rule is tested on facts the test controls.
enum TestFacts {
  static let json = #"""
{
 "version": 1,
 "sources": [
  {
   "id": "000_11648e28d9e5dc13",
   "title": "A",
   "publisher": "PubA"
  },
  {
   "id": "002_a007ea1d13f7d722",
   "title": "C",
   "publisher": "PubC"
  },
  {
   "id": "003_b3c88c3a39b6a40b",
   "title": "D"
  },
  {
   "id": "t",
   "title": "Test source",
   "publisher": "Test"
  }
 ],
 "entities": [
  {
   "id": "muse-spark",
   "name": "Muse Spark",
   "kind": "model",
   "aliases": [
    "Muse Spark"
   ]
  },
  {
   "id": "meta",
   "name": "Meta",
   "kind": "company",
   "aliases": [
    "Meta"
   ]
  },
  {
   "id": "msl",
   "name": "Meta Superintelligence Labs",
   "kind": "lab",
   "aliases": [
    "MSL",
    "Meta Superintelligence Labs",
    "Wang's team"
   ]
  },
  {
   "id": "scale-ai",
   "name": "Scale AI",
   "kind": "company",
   "aliases": [
    "Scale AI"
   ]
  },
  {
   "id": "wang",
   "name": "Alexandr Wang",
   "kind": "person",
   "aliases": [
    "Alexandr Wang",
    "Wang"
   ]
  },
  {
   "id": "gpt-5.4",
   "name": "GPT-5.4",
   "kind": "model",
   "aliases": [
    "GPT-5.4"
   ]
  },
  {
   "id": "gpt-5",
   "name": "GPT-5",
   "kind": "model",
   "aliases": [
    "GPT-5"
   ]
  },
  {
   "id": "gemini",
   "name": "Gemini 3.1 Pro",
   "kind": "model",
   "aliases": [
    "Gemini 3.1 Pro"
   ]
  },
  {
   "id": "claude",
   "name": "Claude Opus 4.6",
   "kind": "model",
   "aliases": [
    "Claude Opus 4.6"
   ]
  },
  {
   "id": "llama",
   "name": "Llama",
   "kind": "model-family",
   "aliases": [
    "Llama"
   ]
  },
  {
   "id": "llama-4-maverick",
   "name": "Llama 4 Maverick",
   "kind": "model",
   "aliases": [
    "Llama 4 Maverick"
   ]
  },
  {
   "id": "llama-5",
   "name": "Llama 5",
   "kind": "model",
   "aliases": [
    "Llama 5"
   ]
  },
  {
   "id": "coreweave",
   "name": "CoreWeave",
   "kind": "company",
   "aliases": [
    "CoreWeave"
   ]
  },
  {
   "id": "nebius",
   "name": "Nebius",
   "kind": "company",
   "aliases": [
    "Nebius"
   ]
  },
  {
   "id": "aa",
   "name": "Artificial Analysis",
   "kind": "organization",
   "aliases": [
    "Artificial Analysis"
   ]
  },
  {
   "id": "meta-ai",
   "name": "Meta AI",
   "kind": "product",
   "aliases": [
    "Meta AI"
   ]
  }
 ],
 "facts": [
  {
   "id": "muse-spark.launch-date",
   "entity": "muse-spark",
   "attribute": "launch date",
   "statement": "Muse Spark launched on {value}",
   "cues": [
    "launched",
    "launch",
    "released",
    "switched on",
    "went live"
   ],
   "value": {
    "kind": "date",
    "text": "2026-04-08"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "Muse Spark launched on April 8"
    }
   ]
  },
  {
   "id": "muse-spark.aa-index-score",
   "entity": "muse-spark",
   "attribute": "AA score",
   "statement": "Muse Spark scored {value} on the Artificial Analysis Intelligence Index",
   "cues": [
    "Intelligence Index",
    "score",
    "scored",
    "points"
   ],
   "value": {
    "kind": "score",
    "text": "52"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "The model scores 52"
    }
   ]
  },
  {
   "id": "muse-spark.aa-rank",
   "entity": "muse-spark",
   "attribute": "rank",
   "cues": [
    "place",
    "fourth",
    "ranks",
    "Intelligence Index"
   ],
   "value": {
    "kind": "rank",
    "text": "4"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "placing it fourth"
    }
   ]
  },
  {
   "id": "gpt-5.4.aa-index-score",
   "entity": "gpt-5.4",
   "attribute": "AA score",
   "cues": [
    "Intelligence Index",
    "score",
    "scored"
   ],
   "value": {
    "kind": "score",
    "text": "57"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "57 for GPT-5.4"
    }
   ]
  },
  {
   "id": "claude.aa-index-score",
   "entity": "claude",
   "attribute": "AA score",
   "cues": [
    "Intelligence Index",
    "score",
    "scored"
   ],
   "value": {
    "kind": "score",
    "text": "53"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "53"
    }
   ]
  },
  {
   "id": "llama-4-maverick.aa-index-score",
   "entity": "llama-4-maverick",
   "attribute": "AA score",
   "statement": "Llama 4 Maverick scored {value} on the Artificial Analysis Intelligence Index",
   "cues": [
    "Intelligence Index",
    "score",
    "scored"
   ],
   "value": {
    "kind": "score",
    "text": "18"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "18"
    }
   ]
  },
  {
   "id": "msl.rebuild-duration",
   "entity": "msl",
   "related": [
    "meta",
    "wang"
   ],
   "attribute": "rebuild duration",
   "statement": "The rebuild took {value}",
   "cues": [
    "rebuilt",
    "rebuild",
    "from scratch"
   ],
   "value": {
    "kind": "duration",
    "text": "9 months"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "Nine months"
    }
   ]
  },
  {
   "id": "meta.scale-ai-investment",
   "entity": "meta",
   "related": [
    "scale-ai",
    "wang"
   ],
   "attribute": "Scale AI investment",
   "period": "2025",
   "cues": [
    "spent",
    "paying",
    "paid",
    "investment",
    "invested",
    "stake",
    "acquisition"
   ],
   "value": {
    "kind": "money",
    "text": "$14.3 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "$14.3 billion"
    }
   ]
  },
  {
   "id": "meta.scale-ai-stake",
   "entity": "meta",
   "related": [
    "scale-ai",
    "wang"
   ],
   "attribute": "stake",
   "cues": [
    "stake",
    "percent of"
   ],
   "value": {
    "kind": "percent",
    "text": "49%"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "49 percent"
    }
   ]
  },
  {
   "id": "meta.capex-2025",
   "entity": "meta",
   "attribute": "2025 capex",
   "period": "2025",
   "cues": [
    "capital expenditure",
    "capex",
    "spent",
    "capital projects"
   ],
   "value": {
    "kind": "money",
    "text": "$72.2 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "$72.2 billion"
    }
   ]
  },
  {
   "id": "meta.capex-2026-guidance",
   "entity": "meta",
   "attribute": "2026 capital expenditure guidance",
   "period": "2026",
   "cues": [
    "capital expenditure",
    "capex",
    "guidance",
    "capital expenditures"
   ],
   "value": {
    "kind": "money-range",
    "text": "$125 billion to $145 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "$125 billion to $145 billion"
    },
    {
     "source": "003_b3c88c3a39b6a40b",
     "quote": "$125 billion to $145 billion"
    },
    {
     "source": "002_a007ea1d13f7d722",
     "quote": "$115 billion to $135 billion",
     "value": {
      "kind": "money-range",
      "text": "$115 billion to $135 billion"
     }
    }
   ]
  },
  {
   "id": "meta.q1-revenue",
   "entity": "meta",
   "attribute": "Q1 2026 revenue",
   "period": "Q1 2026",
   "cues": [
    "revenue"
   ],
   "value": {
    "kind": "money",
    "text": "$56.3 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "$56.3 billion"
    }
   ]
  },
  {
   "id": "meta.coreweave-commitment",
   "entity": "meta",
   "related": [
    "coreweave"
   ],
   "attribute": "CoreWeave commitment",
   "cues": [
    "CoreWeave",
    "arrangement"
   ],
   "value": {
    "kind": "money",
    "text": "$21 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "$21 billion"
    }
   ]
  },
  {
   "id": "meta.nebius",
   "entity": "meta",
   "related": [
    "nebius"
   ],
   "attribute": "Nebius JV",
   "cues": [
    "Nebius",
    "joint venture"
   ],
   "value": {
    "kind": "money",
    "text": "$27 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "$27 billion"
    }
   ]
  },
  {
   "id": "meta.layoffs-count",
   "entity": "meta",
   "attribute": "layoffs",
   "statement": "Meta laid off {value} employees",
   "cues": [
    "laid off",
    "layoffs",
    "employees"
   ],
   "value": {
    "kind": "count",
    "text": "8,000"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "approximately 8,000 employees"
    }
   ]
  },
  {
   "id": "meta.layoffs-date",
   "entity": "meta",
   "attribute": "layoffs date",
   "cues": [
    "laid off",
    "layoffs"
   ],
   "value": {
    "kind": "date",
    "text": "2026-05-20"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "May 20"
    }
   ]
  },
  {
   "id": "meta.reassigned",
   "entity": "meta",
   "attribute": "reassigned",
   "cues": [
    "shifted",
    "reassigning",
    "pods"
   ],
   "value": {
    "kind": "count",
    "text": "7,000"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "7,000"
    }
   ]
  },
  {
   "id": "llama.downloads-total",
   "entity": "llama",
   "attribute": "downloads",
   "cues": [
    "downloads",
    "downloaded"
   ],
   "value": {
    "kind": "count",
    "text": "1.2 billion"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "1.2 billion"
    }
   ]
  },
  {
   "id": "llama.us-share",
   "entity": "llama",
   "attribute": "US share",
   "cues": [
    "US",
    "share"
   ],
   "value": {
    "kind": "percent",
    "text": "35%"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "35"
    }
   ]
  },
  {
   "id": "llama-5.mmlu-pro",
   "entity": "llama-5",
   "attribute": "MMLU-Pro",
   "cues": [
    "MMLU-Pro"
   ],
   "value": {
    "kind": "score",
    "text": "86.4"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "86.4"
    }
   ]
  },
  {
   "id": "llama-5.livecodebench",
   "entity": "llama-5",
   "attribute": "LiveCodeBench",
   "statement": "Llama 5 scored {value} on LiveCodeBench",
   "cues": [
    "LiveCodeBench"
   ],
   "value": {
    "kind": "percent",
    "text": "71.8%"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "71.8 percent"
    }
   ]
  },
  {
   "id": "gpt-5.mmlu-pro",
   "entity": "gpt-5",
   "attribute": "MMLU-Pro",
   "cues": [
    "MMLU-Pro"
   ],
   "value": {
    "kind": "score",
    "text": "about 87"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "87"
    }
   ]
  },
  {
   "id": "gpt-5.livecodebench",
   "entity": "gpt-5",
   "attribute": "LiveCodeBench",
   "cues": [
    "LiveCodeBench"
   ],
   "value": {
    "kind": "percent",
    "text": "70%"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "70"
    }
   ]
  },
  {
   "id": "muse-spark.safety-report-pages",
   "entity": "muse-spark",
   "attribute": "pages",
   "cues": [
    "pages",
    "page"
   ],
   "value": {
    "kind": "count",
    "text": "158"
   },
   "citations": [
    {
     "source": "000_11648e28d9e5dc13",
     "quote": "158"
    }
   ]
  },
  {
   "id": "meta-ai.users",
   "entity": "meta-ai",
   "attribute": "users",
   "statement": "Meta AI has {value} users",
   "cues": [
    "users"
   ],
   "value": {
    "kind": "count",
    "text": "more than 3 billion"
   },
   "citations": [
    {
     "source": "t",
     "quote": "q"
    }
   ]
  },
  {
   "id": "muse-spark.compute-multiplier",
   "entity": "muse-spark",
   "attribute": "compute efficiency",
   "cues": [
    "less compute",
    "compute"
   ],
   "value": {
    "kind": "multiplier",
    "text": "10x"
   },
   "citations": [
    {
     "source": "t",
     "quote": "q"
    }
   ]
  },
  {
   "id": "msl.founded",
   "entity": "msl",
   "related": [
    "meta"
   ],
   "attribute": "founding",
   "cues": [
    "formed",
    "founded",
    "created",
    "assembled"
   ],
   "value": {
    "kind": "date",
    "text": "2025-06"
   },
   "citations": [
    {
     "source": "t",
     "quote": "q"
    }
   ]
  },
  {
   "id": "muse-spark.safety-report-date",
   "entity": "muse-spark",
   "attribute": "safety report date",
   "cues": [
    "Safety and Preparedness Report",
    "safety report"
   ],
   "value": {
    "kind": "date",
    "text": "2026-04-28"
   },
   "citations": [
    {
     "source": "t",
     "quote": "q"
    }
   ]
  },
  {
   "id": "meta.net-income",
   "entity": "meta",
   "attribute": "Q1 2026 net income",
   "period": "Q1 2026",
   "cues": [
    "net income"
   ],
   "value": {
    "kind": "money",
    "text": "$26.8 billion"
   },
   "citations": [
    {
     "source": "t",
     "quote": "q"
    }
   ]
  }
 ]
}
"""#

  static let base: FactBase = {
    do { return try FactBase.load([("test-facts.json", Array(json.utf8))]) } catch { fatalError("\(error)") }
  }()

  static let checker = Checker(factBase: base)
}
