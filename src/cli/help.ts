export const HELP = `clinguard — ClinGuard (医帖卫士) on the command line: checks drafts for curbside diagnoses,
patient identifiers, stacked details, own-hospital links, unprofessional content and promotion.
Everything runs locally; nothing is sent anywhere.

Usage:
  clinguard scan [FILE…|-]            check drafts (plain text; one file = one draft; - or none: stdin)
  clinguard scan --jsonl [FILE…|-]    JSON Lines in and out (CONTRACT.md): {"id","text","lang"?,"surface"?}
                                      → {"id","findings":[…]} per line, or {"id","error"} for a bad line
  clinguard pack validate PACK.json   check a rule pack: schema, rule ids, lists, citations, regex safety
  clinguard pack test PACK.json       the same, then run every example of every rule
  clinguard eval CORPUS_DIR           score the packs on corpus .jsonl files (CONTRACT.md scoring)
  clinguard --help | --version

Options for scan:
  --pack FILE       add a rule pack (repeatable), checked as an import would be
  --surface S       post | reply | dm | note | article (plain-text scan; default post)
  --locale zh|en    language of messages (default: the record's lang, else the text's)
  --no-nlp          tier 1 only (skip compromise for English names)
  --explain         add "detail" to each finding (detector, validator, context, fix)
  --no-color        plain output

Exit codes: 0 all analysed / pack clean; 1 a line had an error / the pack has problems; 2 usage.`;
