"""The core's messages and words, for pyside6-lupdate. Written by scripts/core_messages.py:
do not edit (run it, then scripts/update_translations.sh). Nothing imports this module."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
    QT_TRANSLATE_NOOP("core", "its host holds {character}, which no host name can hold"),  # addresses.py
    QT_TRANSLATE_NOOP("core", "its port {port!r} is not a number"),  # addresses.py
    QT_TRANSLATE_NOOP("core", "only http:// and https:// addresses with a host are accepted"),  # addresses.py
    QT_TRANSLATE_NOOP("core", "{url!r} is not a web address: {reason}"),  # addresses.py
    QT_TRANSLATE_NOOP("core", "cannot write {path}: {reason}"),  # atomic.py
    QT_TRANSLATE_NOOP("core", "the folder {folder} cannot be written (read-only)"),  # atomic.py
    QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"),  # atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name"),  # atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is not a regular file: it is left as it is"),  # atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is read-only: it is kept as it is (make it writable, or give another name)"),  # atomic.py
    QT_TRANSLATE_NOOP("core", "audit log entry {id} does not follow the entry before it: an entry before it was removed or changed"),  # audit.py
    QT_TRANSLATE_NOOP("core", "audit log entry {id} was altered after it was written"),  # audit.py
    QT_TRANSLATE_NOOP("core", "the audit log ends at entry {last} ({count} entries) but had reached entry {head} ({head_count} entries): its newest entries were removed"),  # audit.py
    QT_TRANSLATE_NOOP("core", "the audit log's head (entry {head}) does not match its last entry {last}: it was altered"),  # audit.py
    QT_TRANSLATE_NOOP("core", "the audit log's head is missing: it was removed outside the workbench"),  # audit.py
    QT_TRANSLATE_NOOP("core", "keep at least one backup"),  # backups.py
    QT_TRANSLATE_NOOP("core", "the backup folder {folder} cannot be written; no backup was made"),  # backups.py
    QT_TRANSLATE_NOOP("core", "the backup folder {folder} could not be made: {reason}; no backup was made"),  # backups.py
    QT_TRANSLATE_NOOP("core", "the backup folder {folder} does not exist (was it unplugged or moved?); no backup was made"),  # backups.py
    QT_TRANSLATE_NOOP("core", "the backup into {folder} failed: {reason}"),  # backups.py
    QT_TRANSLATE_NOOP("core", "1 article is missing from the search index; run 'workbench reindex'"),  # checks.py
    QT_TRANSLATE_NOOP("core", "SQLite integrity: {finding}"),  # checks.py
    QT_TRANSLATE_NOOP("core", "article {id}: fold {start}-{end} lies outside its text"),  # checks.py
    QT_TRANSLATE_NOOP("core", "article {id}: paragraph {start}-{end} lies outside its text"),  # checks.py
    QT_TRANSLATE_NOOP("core", "article {id}: text does not match its content hash (altered outside the workbench)"),  # checks.py
    QT_TRANSLATE_NOOP("core", "claim {claim}: its quote no longer matches article {article} at {start}-{end}"),  # checks.py
    QT_TRANSLATE_NOOP("core", "schema version is {version}, expected {expected}"),  # checks.py
    QT_TRANSLATE_NOOP("core", "search index is damaged ({reason}); run 'workbench reindex'"),  # checks.py
    QT_TRANSLATE_NOOP("core", "the CSV rows kept for {count} verdict(s) ({ids}) are not current: they were changed outside the workbench; run 'workbench reindex'"),  # checks.py
    QT_TRANSLATE_NOOP("core", "the database's guard {name} is missing: it was dropped outside the workbench, and history can be changed in place"),  # checks.py
    QT_TRANSLATE_NOOP("core", "the database's trigger {name} is missing: it was dropped outside the workbench, and the CSV export can miss changes"),  # checks.py
    QT_TRANSLATE_NOOP("core", "the search index: SQLite checks it by writing, and the database is opened read-only"),  # checks.py
    QT_TRANSLATE_NOOP("core", "{count} articles are missing from the search index; run 'workbench reindex'"),  # checks.py
    QT_TRANSLATE_NOOP("core", "{count} current versions of {key}"),  # checks.py
    QT_TRANSLATE_NOOP("core", "{table} row {row} points to a missing row in {parent}"),  # checks.py
    QT_TRANSLATE_NOOP("core", "article {name!r} is not in the library (import it first)"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "article {name!r}: the file holds {count} articles; name one as {first} … {last}"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim #{number}: not an object"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim {id}: kind {kind!r} is not one of {kinds}; stored as 'other'"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim {id}: missing {fields}"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim {id}: start and end must be whole numbers"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim {id}: the id is used twice in the file; the first one counts"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim {id}: the quote is empty"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "claim {id}: {reason}"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "offsets {start}-{end} do not hold the quote, and the quote is nowhere in the article"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "offsets {start}-{end} lie outside the article ({length} characters), and the quote is nowhere in the article"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "pair {a} / {b}: a claim cannot be paired with itself"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "pair {a} / {b}: one or both of its claims are not in the library"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "pair {a} / {b}: {reason}"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "{path}: \"duplicate_pairs\" must be a list of [id, id] pairs"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "{path}: cannot be read ({error})"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "{path}: duplicate pair #{number} ({pair}) is not an [id, id] pair"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "{path}: expected an object with a list of \"claims\""),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "{path}: not valid JSON (line {line}, column {column}: {error})"),  # claim_import.py
    QT_TRANSLATE_NOOP("core", "article {id} is an earlier version; mark claims on the current one"),  # claims.py
    QT_TRANSLATE_NOOP("core", "article {id} no longer exists"),  # claims.py
    QT_TRANSLATE_NOOP("core", "cannot change {fields} of a claim"),  # claims.py
    QT_TRANSLATE_NOOP("core", "claim {id} cannot be restored: it is there already"),  # claims.py
    QT_TRANSLATE_NOOP("core", "claim {id} cannot be restored: {error}"),  # claims.py
    QT_TRANSLATE_NOOP("core", "kind must be one of {kinds}, not {value!r}"),  # claims.py
    QT_TRANSLATE_NOOP("core", "status must be one of {statuses}, not {value!r}"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection is empty or only white space"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (captcha)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (comment form)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (credits)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (details table)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (noise)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (page footer)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (read also)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (reading time)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (repeated)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (share)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (site promo)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (subscription)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate ({kind})"),  # claims.py
    QT_TRANSLATE_NOOP("core", "the selection {start}-{end} lies outside the article ({length} characters)"),  # claims.py
    QT_TRANSLATE_NOOP("core", "there is no claim {id}"),  # claims.py
    QT_TRANSLATE_NOOP("core", "this text is marked already as claim {id}"),  # claims.py
    QT_TRANSLATE_NOOP("core", "claim {claim} is covered by verdict {id}, which is {state}: only a supervisor may change a claim an approved or published verdict covers (its quote, statement and tags are published with it)"),  # coverage.py
    QT_TRANSLATE_NOOP("core", "claim {claim} is the only claim of verdict {verdict}, and a verdict is never deleted"),  # coverage.py
    QT_TRANSLATE_NOOP("core", "that would change which claims verdict {id} covers (claim(s) {claims}), and it is {state}: only a supervisor may change what an approved or published verdict covers"),  # coverage.py
    QT_TRANSLATE_NOOP("core", "verdict {id} no longer covers claim(s) {claims}: they were split off its cluster and have no verdict of their own"),  # coverage.py
    QT_TRANSLATE_NOOP("core", "verdict {id} now also covers claim(s) {claims}"),  # coverage.py
    QT_TRANSLATE_NOOP("core", "verdicts {ids} now cover one cluster: keep one with 'workbench verdict merge KEEP OTHER'"),  # coverage.py
    QT_TRANSLATE_NOOP("core", "invalid UTF-8 at byte {byte} (1 broken byte sequence in an otherwise UTF-8 file); repair or re-save the file as UTF-8"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "invalid UTF-8 at byte {byte} ({count} broken byte sequences in an otherwise UTF-8 file); repair or re-save the file as UTF-8"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a 7-Zip archive, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a GIF image, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a JPEG image, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a PDF document, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a PNG image, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a RAR archive, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a RIFF media file (WebP, WAV or AVI), not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a binary file (it contains NUL bytes), not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a gzip archive, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a program (ELF binary), not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is a zip archive (or an office document), not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is an SQLite database, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is an old Microsoft Office document, not text"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it is neither valid UTF-8 (byte {byte}) nor text in a known legacy encoding"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "it starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte})"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "the file is empty"),  # decoding.py
    QT_TRANSLATE_NOOP("core", "--since {value!r} is not a date (YYYY-MM-DD)"),  # export.py
    QT_TRANSLATE_NOOP("core", "--until {value!r} is not a date (YYYY-MM-DD)"),  # export.py
    QT_TRANSLATE_NOOP("core", "ClaimReview is for published verdicts only"),  # export.py
    QT_TRANSLATE_NOOP("core", "ClaimReview needs the organisation's name and web site: a supervisor sets them in Settings, Organisation, or with 'workbench settings set organisation_name NAME' and 'workbench settings set organisation_url URL'"),  # export.py
    QT_TRANSLATE_NOOP("core", "language {value}"),  # export.py
    QT_TRANSLATE_NOOP("core", "nothing to export: no {verdicts}; nothing was written (for a file with the headers only, tick 'still write a file' in the export dialog, or add --empty-ok to the command)"),  # export.py
    QT_TRANSLATE_NOOP("core", "published or approved verdicts"),  # export.py
    QT_TRANSLATE_NOOP("core", "published verdicts"),  # export.py
    QT_TRANSLATE_NOOP("core", "rating {value}"),  # export.py
    QT_TRANSLATE_NOOP("core", "since {value}"),  # export.py
    QT_TRANSLATE_NOOP("core", "tag {value}"),  # export.py
    QT_TRANSLATE_NOOP("core", "the period starts on {since}, after it ends on {until}: no date is in it"),  # export.py
    QT_TRANSLATE_NOOP("core", "until {value}"),  # export.py
    QT_TRANSLATE_NOOP("core", "verdict {id}: rating {rating!r} is no longer in the rating scale, and ClaimReview needs its value; not published (give the rating its value again, retired if need be: 'workbench rating set \"{rating}\" VALUE --retire')"),  # export.py
    QT_TRANSLATE_NOOP("core", "verdict {id}: rating {rating!r} is no longer in the rating scale; exported without a value"),  # export.py
    QT_TRANSLATE_NOOP("core", "verdict {id}: the address of article {article}, {url!r}, is not a web address: {reason}; the article is published as an appearance without it"),  # export.py
    QT_TRANSLATE_NOOP("core", "{verdicts}, {condition}"),  # export.py
    QT_TRANSLATE_NOOP("core", "glossary concept {concept!r}: use letters, digits and _ only"),  # glossary.py
    QT_TRANSLATE_NOOP("core", "glossary term {term!r}: at most {count} words"),  # glossary.py
    QT_TRANSLATE_NOOP("core", "glossary term {term!r}: it has no letters or digits"),  # glossary.py
    QT_TRANSLATE_NOOP("core", "glossary term {term!r}: {language!r} is not a language the library tells apart (ar, he, en, fa, ru…)"),  # glossary.py
    QT_TRANSLATE_NOOP("core", "Arabic"),  # language.py
    QT_TRANSLATE_NOOP("core", "Danish"),  # language.py
    QT_TRANSLATE_NOOP("core", "Dutch"),  # language.py
    QT_TRANSLATE_NOOP("core", "English"),  # language.py
    QT_TRANSLATE_NOOP("core", "French"),  # language.py
    QT_TRANSLATE_NOOP("core", "German"),  # language.py
    QT_TRANSLATE_NOOP("core", "Hebrew"),  # language.py
    QT_TRANSLATE_NOOP("core", "Indonesian"),  # language.py
    QT_TRANSLATE_NOOP("core", "Italian"),  # language.py
    QT_TRANSLATE_NOOP("core", "Persian"),  # language.py
    QT_TRANSLATE_NOOP("core", "Polish"),  # language.py
    QT_TRANSLATE_NOOP("core", "Portuguese"),  # language.py
    QT_TRANSLATE_NOOP("core", "Romanian"),  # language.py
    QT_TRANSLATE_NOOP("core", "Russian"),  # language.py
    QT_TRANSLATE_NOOP("core", "Spanish"),  # language.py
    QT_TRANSLATE_NOOP("core", "Swedish"),  # language.py
    QT_TRANSLATE_NOOP("core", "Turkish"),  # language.py
    QT_TRANSLATE_NOOP("core", "Ukrainian"),  # language.py
    QT_TRANSLATE_NOOP("core", "Urdu"),  # language.py
    QT_TRANSLATE_NOOP("core", "unknown"),  # language.py
    QT_TRANSLATE_NOOP("core", "there is no article {id}"),  # library.py, suggest.py
    QT_TRANSLATE_NOOP("core", "a link decision is 'same' or 'different', not {decision!r}"),  # links.py
    QT_TRANSLATE_NOOP("core", "a link decision needs the name of the person who made it"),  # links.py
    QT_TRANSLATE_NOOP("core", "claim {id} cannot be linked to itself"),  # links.py
    QT_TRANSLATE_NOOP("core", "claims {a} and {b} stay in one cluster through other links: split one of them off the cluster instead"),  # links.py
    QT_TRANSLATE_NOOP("core", "there is no claim {ref!r} (neither an id nor an imported external id)"),  # links.py
    QT_TRANSLATE_NOOP("core", ", "),  # messages.py
    QT_TRANSLATE_NOOP("core", "a name is needed"),  # people.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may add people or change a role (acting: nobody)"),  # people.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may add people or change a role (acting: {by})"),  # people.py
    QT_TRANSLATE_NOOP("core", "role must be one of {roles}, not {role!r}"),  # people.py
    QT_TRANSLATE_NOOP("core", "{name!r} is not a person of this desk: add them with 'workbench user add {name} --role checker|supervisor'"),  # people.py
    QT_TRANSLATE_NOOP("core", "{name} cannot change their own role: another supervisor must"),  # people.py
    QT_TRANSLATE_NOOP("core", "'language' should be a code such as ar, he or en, not {value!r}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "'published' is not a date: {value!r}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "'url' {value!r} is not a web address: {reason}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "CSV line {line} has {count} fields where the header has {header}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "CSV line {line}: {trouble}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "a quotation mark opened on this line is never closed"),  # readers.py
    QT_TRANSLATE_NOOP("core", "a quoted field runs on to line {line} and swallows what look like rows of their own (a missing quotation mark?)"),  # readers.py
    QT_TRANSLATE_NOOP("core", "cannot be parsed ({error})"),  # readers.py
    QT_TRANSLATE_NOOP("core", "cannot be read: {reason}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "field '{name}' holds \\u{code:04x} at character {position}, half of a UTF-16 pair without its other half: not text"),  # readers.py
    QT_TRANSLATE_NOOP("core", "field '{name}' should be text, not {type}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "it has no 'text' field"),  # readers.py
    QT_TRANSLATE_NOOP("core", "it has no text"),  # readers.py
    QT_TRANSLATE_NOOP("core", "it is a device, not a file: skipped"),  # readers.py
    QT_TRANSLATE_NOOP("core", "it is a named pipe (FIFO), not a file: skipped"),  # readers.py
    QT_TRANSLATE_NOOP("core", "it is a socket, not a file: skipped"),  # readers.py
    QT_TRANSLATE_NOOP("core", "it is not a regular file: skipped"),  # readers.py
    QT_TRANSLATE_NOOP("core", "its 'text' field is empty or not text"),  # readers.py
    QT_TRANSLATE_NOOP("core", "its name is not valid UTF-8 (a legacy encoding?): rename the file and import it again"),  # readers.py
    QT_TRANSLATE_NOOP("core", "its structure is nested too deeply (over {depth} levels) to be an article file"),  # readers.py
    QT_TRANSLATE_NOOP("core", "its {name} holds a NUL character (U+0000) at line {line}, column {column}: not text; remove it and import again"),  # readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is nested too deeply (over {depth} levels) to be an article"),  # readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is not a JSON object"),  # readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is not valid JSON at column {column} ({error})"),  # readers.py
    QT_TRANSLATE_NOOP("core", "no article text was found in the HTML"),  # readers.py
    QT_TRANSLATE_NOOP("core", "no such file or folder"),  # readers.py
    QT_TRANSLATE_NOOP("core", "not a JSON object with 'title' and 'text'"),  # readers.py
    QT_TRANSLATE_NOOP("core", "not valid JSON: {error} at line {line}, column {column}"),  # readers.py
    QT_TRANSLATE_NOOP("core", "the CSV file is empty"),  # readers.py
    QT_TRANSLATE_NOOP("core", "the CSV header has no 'text' column (columns: {columns})"),  # readers.py
    QT_TRANSLATE_NOOP("core", "the file is {size:.0f} MB, over the {limit} MB limit for an article; split it into one file per article, or import it as JSONL or CSV records"),  # readers.py
    QT_TRANSLATE_NOOP("core", "the file is {size:.0f} MB, over the {limit} MB limit for one file; split it"),  # readers.py
    QT_TRANSLATE_NOOP("core", "the text has {count:,} characters, over the {limit:,} limit for one article"),  # readers.py
    QT_TRANSLATE_NOOP("core", "unsupported file type '{suffix}' (supported: {types})"),  # readers.py
    QT_TRANSLATE_NOOP("core", "unsupported file: its name has no file type such as .txt (supported: {types})"),  # readers.py
    QT_TRANSLATE_NOOP("core", "{path} (record {record})"),  # readers.py
    QT_TRANSLATE_NOOP("core", "1–2 weeks"),  # report.py
    QT_TRANSLATE_NOOP("core", "1–3 days"),  # report.py
    QT_TRANSLATE_NOOP("core", "3–7 days"),  # report.py
    QT_TRANSLATE_NOOP("core", "< 1 day"),  # report.py
    QT_TRANSLATE_NOOP("core", "> 2 weeks"),  # report.py
    QT_TRANSLATE_NOOP("core", "Desk dashboard"),  # report.py
    QT_TRANSLATE_NOOP("core", "Desk dashboard · {n} verdicts · {stamp}"),  # report.py
    QT_TRANSLATE_NOOP("core", "Most-repeated claims across articles"),  # report.py
    QT_TRANSLATE_NOOP("core", "No claim has been linked to the same claim in another article yet"),  # report.py
    QT_TRANSLATE_NOOP("core", "No languages recorded"),  # report.py
    QT_TRANSLATE_NOOP("core", "No verdicts yet."),  # report.py
    QT_TRANSLATE_NOOP("core", "The charts fill in as the desk writes, reviews and publishes verdicts.\nGenerated {stamp}."),  # report.py
    QT_TRANSLATE_NOOP("core", "Verdicts by language of their claims"),  # report.py
    QT_TRANSLATE_NOOP("core", "Verdicts by rating"),  # report.py
    QT_TRANSLATE_NOOP("core", "Verdicts published per week"),  # report.py
    QT_TRANSLATE_NOOP("core", "Waiting for review: {n}"),  # report.py
    QT_TRANSLATE_NOOP("core", "W{week}"),  # report.py
    QT_TRANSLATE_NOOP("core", "a report is a .pdf or .png file, not a file without a suffix ({name})"),  # report.py
    QT_TRANSLATE_NOOP("core", "a report is a .pdf or .png file, not {suffix!r} ({name})"),  # report.py
    QT_TRANSLATE_NOOP("core", "articles the claim appears in"),  # report.py
    QT_TRANSLATE_NOOP("core", "no verdict"),  # report.py
    QT_TRANSLATE_NOOP("core", "the dashboard shows at least one week, not {weeks}"),  # report.py
    QT_TRANSLATE_NOOP("core", "time since submission"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Apr"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Aug"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Dec"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Feb"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Jan"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Jul"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Jun"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Mar"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} May"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Nov"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Oct"),  # report.py
    QT_TRANSLATE_NOOP("core", "{day} Sep"),  # report.py
    QT_TRANSLATE_NOOP("core", "the search index cannot be read ({error}); run 'workbench reindex'"),  # search.py, sentence_links.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may change the desk's settings; {who} is not one"),  # settings.py
    QT_TRANSLATE_NOOP("core", "the address of a verdict's page (review_url)"),  # settings.py
    QT_TRANSLATE_NOOP("core", "the address of a verdict's page (review_url) holds {placeholder}; {{id}} is the only one it may hold"),  # settings.py
    QT_TRANSLATE_NOOP("core", "the address of a verdict's page (review_url) needs {{id}} where the verdict's id goes"),  # settings.py
    QT_TRANSLATE_NOOP("core", "the organisation's web site (organisation_url)"),  # settings.py
    QT_TRANSLATE_NOOP("core", "unknown setting {key!r}; the settings are: {keys}"),  # settings.py
    QT_TRANSLATE_NOOP("core", "source {position} needs a web address or an article of the library"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: address is {length} characters long; the limit is {limit}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: address {url!r} is not a web address: {reason}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: archived copy is {length} characters long; the limit is {limit}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: archived copy {url!r} is not a web address: {reason}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date accessed {value!r} is in the future"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date accessed {value!r} is not a date (YYYY-MM-DD)"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date published {value!r} is in the future"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date published {value!r} is not a date (YYYY-MM-DD)"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: stance is 'supports' or 'contradicts', not {stance!r}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: the publisher is {length} characters long; the limit is {limit}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: the quoted passage is {length} characters long; the limit is {limit}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: the title is {length} characters long; the limit is {limit}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: there is no article {article} in the library"),  # sources.py
    QT_TRANSLATE_NOOP("core", "{setting} is {length} characters long; the limit is {limit}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "{setting} {url!r} is not a web address: {reason}"),  # sources.py
    QT_TRANSLATE_NOOP("core", "cannot open the database {path}: {reason}"),  # store.py
    QT_TRANSLATE_NOOP("core", "database error on {path}: {reason}"),  # store.py
    QT_TRANSLATE_NOOP("core", "the database {path} cannot be written (read-only file or folder)"),  # store.py
    QT_TRANSLATE_NOOP("core", "the database {path} is read-only and needs an upgrade this version must write"),  # store.py
    QT_TRANSLATE_NOOP("core", "the disk holding {path} could not be read or written (is it full, unplugged or failing?): nothing was written; free some space or check the disk, and try again"),  # store.py
    QT_TRANSLATE_NOOP("core", "the disk holding {path} is full (or the database reached its size limit): nothing was written; free some space and try again"),  # store.py
    QT_TRANSLATE_NOOP("core", "the library {path} is busy: another window, person or program is writing to it (waited {seconds} s); nothing was written: try again in a moment"),  # store.py
    QT_TRANSLATE_NOOP("core", "there is no database at {path} yet; 'workbench import PATH' creates it"),  # store.py
    QT_TRANSLATE_NOOP("core", "{path} is a folder, not a database file"),  # store.py
    QT_TRANSLATE_NOOP("core", "{path} is an SQLite database of another program (tables: {tables}); refusing to change it"),  # store.py
    QT_TRANSLATE_NOOP("core", "{path} is not a regular file (a device, pipe or socket); refusing to touch it"),  # store.py
    QT_TRANSLATE_NOOP("core", "{path} is not a workbench database (or is damaged): {reason}"),  # store.py
    QT_TRANSLATE_NOOP("core", "{path} is not an SQLite database; refusing to touch it"),  # store.py
    QT_TRANSLATE_NOOP("core", "a rating needs a label"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "checker: {old!r} -> {new!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "comment: {old!r} -> {new!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "contradicts"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may change the rating scale; {who} is not one"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may merge a verdict that was approved or published"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "rating {label!r}: its value must be a number, not {value}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "rating: {old!r} -> {new!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: article {article} ({stance})"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: article {article} ({stance}) {title!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: {url} ({stance})"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: {url} ({stance}) {title!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: article {article} ({stance})"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: article {article} ({stance}) {title!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: {url} ({stance})"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: {url} ({stance}) {title!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "source {position} repeats source {original}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "state: {old!r} -> {new!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "summary: {old!r} -> {new!r}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "supports"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the rationale is {length:,} characters long; the limit is {limit:,}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the summary is empty: say the verdict in one line"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the summary is one line; put paragraphs in the rationale"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the summary is {length} characters long; the limit is {limit}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the verdict you opened no longer covers claim {claim}: reload"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the {name} holds a control character (U+{code:04X}, character {position}), which is invisible and cannot be published: remove it"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "the {name} holds bytes that are not UTF-8 text (character {position}): type it again, or set the terminal to UTF-8"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "there is no verdict {id}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "unknown rating {rating!r}: the scale writes it {label!r}; the scale is: {offered}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "unknown rating {rating!r}; the scale is: {offered}"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {ids} covers the same cluster: merge them"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be merged into itself: give the verdict to keep and the other one (workbench verdict show lists its conflicts)"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} differs from its revision {revision} (changed outside the workbench, or the revision is missing)"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} revision {revision} differs from what the audit log recorded of it"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} was changed by {actor} ({action}, revision {revision}, {at}) since you opened revision {expected}: reload it to see that change, then make yours again"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {other} was merged into verdict {into} already"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdicts {ids} cover the same cluster: merge them"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdicts {ids} cover this claim's cluster: merge them first ('workbench verdict merge KEEP OTHER')"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "verdicts {keep} and {other} do not cover one cluster: nothing to merge"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "{checker} wrote verdict {id} on this claim's cluster meanwhile: reload it and revise it instead"),  # verdicts.py
    QT_TRANSLATE_NOOP("core", "it is approved: a supervisor returns it first"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "it is not approved yet"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "it is published: a supervisor reopens it as a new revision"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "it is submitted and waiting for review: withdraw it first"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "it is {state}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "it was merged into another verdict"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "it was returned: revise it first (it goes back to draft)"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may {action} a verdict; {who} is a {role}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "returning a verdict needs a comment saying what to change"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "unknown action {action!r}; one of {actions}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be approved: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be changed: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be published: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be reopened: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be returned: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be submitted: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be withdrawn: {why}"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} has no source: add at least one before submitting"),  # workflow.py
    QT_TRANSLATE_NOOP("core", "{who} wrote or submitted verdict {id} and cannot approve it too: another supervisor must (four-eyes rule)"),  # workflow.py
)

TERMS = (
    QT_TRANSLATE_NOOP("core term", "draft"),
    QT_TRANSLATE_NOOP("core term", "submitted"),
    QT_TRANSLATE_NOOP("core term", "approved"),
    QT_TRANSLATE_NOOP("core term", "returned"),
    QT_TRANSLATE_NOOP("core term", "published"),
    QT_TRANSLATE_NOOP("core term", "merged"),
    QT_TRANSLATE_NOOP("core term", "checker"),
    QT_TRANSLATE_NOOP("core term", "supervisor"),
    QT_TRANSLATE_NOOP("core term", "revise"),
    QT_TRANSLATE_NOOP("core term", "submit"),
    QT_TRANSLATE_NOOP("core term", "withdraw"),
    QT_TRANSLATE_NOOP("core term", "approve"),
    QT_TRANSLATE_NOOP("core term", "return"),
    QT_TRANSLATE_NOOP("core term", "publish"),
    QT_TRANSLATE_NOOP("core term", "reopen"),
    QT_TRANSLATE_NOOP("core term", "create"),
    QT_TRANSLATE_NOOP("core term", "merge"),
    QT_TRANSLATE_NOOP("core term", "summary"),
    QT_TRANSLATE_NOOP("core term", "rationale"),
    QT_TRANSLATE_NOOP("core term", "comment"),
    QT_TRANSLATE_NOOP("core term", "title"),
    QT_TRANSLATE_NOOP("core term", "note"),
    QT_TRANSLATE_NOOP("core term", "name"),
    QT_TRANSLATE_NOOP("core term", "URL"),
)
