"""The core's messages and words, for pyside6-lupdate. Written by scripts/core_messages.py:
do not edit (run it, then scripts/update_translations.sh). Nothing imports this module."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES = (
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
    QT_TRANSLATE_NOOP("core", "there is no article {id}"),  # claims/checkworthy.py, library/articles.py
    QT_TRANSLATE_NOOP("core", "article {name!r} is not in the library (import it first)"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "article {name!r}: the file holds {count} articles; name one as {first} … {last}"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim #{number}: not an object"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim {id}: kind {kind!r} is not one of {kinds}; stored as 'other'"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim {id}: missing {fields}"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim {id}: start and end must be whole numbers"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim {id}: the id is used twice in the file; the first one counts"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim {id}: the quote is empty"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "claim {id}: {reason}"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "offsets {start}-{end} do not hold the quote, and the quote is nowhere in the article"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "offsets {start}-{end} lie outside the article ({length} characters), and the quote is nowhere in the article"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "pair {a} / {b}: a claim cannot be paired with itself"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "pair {a} / {b}: one or both of its claims are not in the library"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "pair {a} / {b}: {reason}"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path} is the library itself, not a claims file"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: \"duplicate_pairs\" must be a list of [id, id] pairs"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: cannot be read ({error})"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: duplicate pair #{number} ({pair}) is not an [id, id] pair"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: expected an object with a list of \"claims\""),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: it holds a number of over {digits:,} digits: not a claims file"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: its structure is nested too deeply (over {depth} levels) to be a claims file"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: not valid JSON (line {line}, column {column}: {error})"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "{path}: {reason}"),  # claims/importing.py
    QT_TRANSLATE_NOOP("core", "article {id} is an earlier version; mark claims on the current one"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "article {id} no longer exists"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "cannot change {fields} of a claim"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "claim {id} cannot be restored: it is there already"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "claim {id} cannot be restored: {error}"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "kind must be one of {kinds}, not {value!r}"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "status must be one of {statuses}, not {value!r}"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection is empty or only white space"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (captcha)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (comment form)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (credits)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (details table)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (noise)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (page footer)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (read also)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (reading time)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (repeated)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (share)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (site promo)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate (subscription)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection reaches into folded boilerplate ({kind})"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "the selection {start}-{end} lies outside the article ({length} characters)"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "there is no claim {id}"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "this text is marked already as claim {id}"),  # claims/marking.py
    QT_TRANSLATE_NOOP("core", "audit log entry {id} does not follow the entry before it: an entry before it was removed or changed"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "audit log entry {id} was altered after it was written"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "audit log entry {seq} of {where} is gone: the log was cut or rewritten since"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "audit log entry {seq} of {where} was changed: the log was rewritten since"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "the audit log ends at entry {last} ({count} entries) but had reached entry {head} ({head_count} entries): its newest entries were removed"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "the audit log's head (entry {head}) does not match its last entry {last}: it was altered"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "the audit log's head is missing: it was removed outside the workbench"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "{text!r} is not an audit log head: it reads SEQ:HASH, as check and the exports print it (a number, a colon, 64 hexadecimal digits)"),  # db/audit.py
    QT_TRANSLATE_NOOP("core", "keep at least one backup"),  # db/backups.py
    QT_TRANSLATE_NOOP("core", "the backup folder {folder} cannot be written; no backup was made"),  # db/backups.py
    QT_TRANSLATE_NOOP("core", "the backup folder {folder} could not be made: {reason}; no backup was made"),  # db/backups.py
    QT_TRANSLATE_NOOP("core", "the backup folder {folder} does not exist (was it unplugged or moved?); no backup was made"),  # db/backups.py
    QT_TRANSLATE_NOOP("core", "the backup into {folder} failed: {reason}"),  # db/backups.py
    QT_TRANSLATE_NOOP("core", "cannot open the database {path}: {reason}"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "database error on {path}: {reason}"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "the database {path} cannot be written (read-only file or folder)"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "the database {path} is read-only and needs an upgrade this version must write"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "the disk holding {path} could not be read or written (is it full, unplugged or failing?): nothing was written; free some space or check the disk, and try again"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "the disk holding {path} is full (or the database reached its size limit): nothing was written; free some space and try again"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "the library {path} is busy: another window, person or program is writing to it (waited {seconds} s); nothing was written: try again in a moment"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "there is no database at {path} yet; 'workbench import PATH' creates it"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "{path} is a folder, not a database file"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "{path} is an SQLite database of another program (tables: {tables}); refusing to change it"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "{path} is not a regular file (a device, pipe or socket); refusing to touch it"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "{path} is not a workbench database (or is damaged): {reason}"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "{path} is not an SQLite database; refusing to touch it"),  # db/store.py
    QT_TRANSLATE_NOOP("core", "cannot write {path}: {reason}"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "the folder {folder} cannot be written (read-only)"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "the folder {folder} does not exist"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is a folder; give a file name"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is a link in a loop of links: nothing was written"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is not a regular file: it is left as it is"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "{path} is read-only: it is kept as it is (make it writable, or give another name)"),  # kernel/atomic.py
    QT_TRANSLATE_NOOP("core", "it is a device, not a file: skipped"),  # kernel/files.py
    QT_TRANSLATE_NOOP("core", "it is a named pipe (FIFO), not a file: skipped"),  # kernel/files.py
    QT_TRANSLATE_NOOP("core", "it is a socket, not a file: skipped"),  # kernel/files.py
    QT_TRANSLATE_NOOP("core", "it is not a regular file: skipped"),  # kernel/files.py
    QT_TRANSLATE_NOOP("core", "the file is {size:,} KB, over the {limit:,} KB limit"),  # kernel/files.py
    QT_TRANSLATE_NOOP("core", ", "),  # kernel/messages.py
    QT_TRANSLATE_NOOP("core", "'language' should be a code such as ar, he or en, not {value!r}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "'published' is not a date: {value!r}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "'url' {value!r} is not a web address: {reason}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "CSV line {line} has {count} fields where the header has {header}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "CSV line {line}: {trouble}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "a quotation mark opened on this line is never closed"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "a quoted field runs on to line {line} and swallows what look like rows of their own (a missing quotation mark?)"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "a tag of the page has over {count:,} attributes: not an article page"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "cannot be parsed ({error})"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "cannot be read: {reason}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "field '{name}' holds \\u{code:04x} at character {position}, half of a UTF-16 pair without its other half: not text"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "field '{name}' should be text, not {type}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "it has no 'text' field"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "it has no text"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "it holds a number of over {digits:,} digits: not an article file"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "it holds no article"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "it is a link in a loop of links (or one too long to follow): skipped"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "its 'text' field is empty or not text"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "its name is not valid UTF-8 (a legacy encoding?): rename the file and import it again"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "its structure is nested too deeply (over {depth} levels) to be an article file"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "its {name} holds a NUL character (U+0000) at line {line}, column {column}: not text; remove it and import again"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "line {line} holds a number of over {digits:,} digits: not an article"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is nested too deeply (over {depth} levels) to be an article"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is not a JSON object"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is not valid JSON at column {column} ({error})"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "line {line} is not valid UTF-8 text (byte {byte} of the line)"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "no article text was found in the HTML"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "no such file or folder"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "not a JSON object with 'title' and 'text'"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "not valid JSON: {error} at line {line}, column {column}"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "the CSV file is empty"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "the CSV header has no 'text' column (columns: {columns})"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "the file is {size:.0f} MB, over the {limit} MB limit for an article; split it into one file per article, or import it as JSONL or CSV records"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "the file is {size:.0f} MB, over the {limit} MB limit for one file; split it"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "the text has {count:,} characters, over the {limit:,} limit for one article"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "unsupported file type '{suffix}' (supported: {types})"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "unsupported file: its name has no file type such as .txt (supported: {types})"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "{path} (record {record})"),  # library/readers.py
    QT_TRANSLATE_NOOP("core", "the search index cannot be read ({error}); run 'workbench reindex'"),  # library/search.py, linking/sentence_links.py
    QT_TRANSLATE_NOOP("core", "glossary concept {concept!r}: use letters, digits and _ only"),  # linking/glossary.py
    QT_TRANSLATE_NOOP("core", "glossary term {term!r}: at most {count} words"),  # linking/glossary.py
    QT_TRANSLATE_NOOP("core", "glossary term {term!r}: it has no letters or digits"),  # linking/glossary.py
    QT_TRANSLATE_NOOP("core", "glossary term {term!r}: {language!r} is not a language the library tells apart (ar, he, en, fa, ru…)"),  # linking/glossary.py
    QT_TRANSLATE_NOOP("core", "a link decision is 'same' or 'different', not {decision!r}"),  # linking/links.py
    QT_TRANSLATE_NOOP("core", "a link decision needs the name of the person who made it"),  # linking/links.py
    QT_TRANSLATE_NOOP("core", "claim {id} cannot be linked to itself"),  # linking/links.py
    QT_TRANSLATE_NOOP("core", "claims {a} and {b} stay in one cluster through other links: split one of them off the cluster instead"),  # linking/links.py
    QT_TRANSLATE_NOOP("core", "there is no claim {ref!r} (neither an id nor an imported external id)"),  # linking/links.py
    QT_TRANSLATE_NOOP("core", "--since {value!r} is not a date (YYYY-MM-DD)"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "--until {value!r} is not a date (YYYY-MM-DD)"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "ClaimReview is for published verdicts only"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "ClaimReview needs the organisation's name and web site: a supervisor sets them in Settings, Organisation, or with 'workbench settings set organisation_name NAME' and 'workbench settings set organisation_url URL'"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "language {value}"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "nothing to export: no {verdicts}; nothing was written (for a file with the headers only, tick 'still write a file' in the export dialog, or add --empty-ok to the command)"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "published or approved verdicts"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "published verdicts"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "rating {value}"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "since {value}"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "tag {value}"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "the period starts on {since}, after it ends on {until}: no date is in it"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "until {value}"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "verdict {id}: rating {rating!r} is no longer in the rating scale, and ClaimReview needs its value; not published (give the rating its value again, retired if need be: 'workbench rating set \"{rating}\" VALUE --retire')"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "verdict {id}: rating {rating!r} is no longer in the rating scale; exported without a value"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "verdict {id}: the address of article {article}, {url!r}, is not a web address: {reason}; the article is published as an appearance without it"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "{verdicts}, {condition}"),  # publish/export.py
    QT_TRANSLATE_NOOP("core", "1–2 weeks"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "1–3 days"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "3–7 days"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "< 1 day"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "> 2 weeks"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Desk dashboard"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Desk dashboard · {n} verdicts · {stamp}"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Most-repeated claims across articles"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "No claim has been linked to the same claim in another article yet"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "No languages recorded"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "No verdicts yet."),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "The charts fill in as the desk writes, reviews and publishes verdicts.\nGenerated {stamp}."),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Verdicts by language of their claims"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Verdicts by rating"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Verdicts published per week"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "Waiting for review: {n}"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "W{week}"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "a report is a .pdf or .png file, not a file without a suffix ({name})"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "a report is a .pdf or .png file, not {suffix!r} ({name})"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "articles the claim appears in"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "no verdict"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "the dashboard shows at least one week, not {weeks}"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "time since submission"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Apr"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Aug"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Dec"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Feb"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Jan"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Jul"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Jun"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Mar"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} May"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Nov"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Oct"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "{day} Sep"),  # publish/report.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may change the desk's settings; {who} is not one"),  # publish/settings.py
    QT_TRANSLATE_NOOP("core", "the address of a verdict's page (review_url)"),  # publish/settings.py
    QT_TRANSLATE_NOOP("core", "the address of a verdict's page (review_url) holds {placeholder}; {{id}} is the only one it may hold"),  # publish/settings.py
    QT_TRANSLATE_NOOP("core", "the address of a verdict's page (review_url) needs {{id}} where the verdict's id goes"),  # publish/settings.py
    QT_TRANSLATE_NOOP("core", "the organisation's web site (organisation_url)"),  # publish/settings.py
    QT_TRANSLATE_NOOP("core", "unknown setting {key!r}; the settings are: {keys}"),  # publish/settings.py
    QT_TRANSLATE_NOOP("core", "claim {claim} is covered by verdict {id}, which is {state}: only a supervisor may change a claim an approved or published verdict covers (its quote, statement and tags are published with it)"),  # review/coverage.py
    QT_TRANSLATE_NOOP("core", "claim {claim} is the only claim of verdict {verdict}, and a verdict is never deleted"),  # review/coverage.py
    QT_TRANSLATE_NOOP("core", "that would change which claims verdict {id} covers (claim(s) {claims}), and it is {state}: only a supervisor may change what an approved or published verdict covers"),  # review/coverage.py
    QT_TRANSLATE_NOOP("core", "verdict {id} no longer covers claim(s) {claims}: they were split off its cluster and have no verdict of their own"),  # review/coverage.py
    QT_TRANSLATE_NOOP("core", "verdict {id} now also covers claim(s) {claims}"),  # review/coverage.py
    QT_TRANSLATE_NOOP("core", "verdicts {ids} now cover one cluster: keep one with 'workbench verdict merge KEEP OTHER'"),  # review/coverage.py
    QT_TRANSLATE_NOOP("core", "a name is needed"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may add people or change a role (acting: nobody)"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may add people or change a role (acting: {by})"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "role must be one of {roles}, not {role!r}"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "{name!r} is not a person of this desk: add them with 'workbench user add {name} --role checker|supervisor'"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "{name!r} reads like {other!r}, a person of the desk already: choose a name that differs in its letters"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "{name} cannot change their own role: another supervisor must"),  # review/people.py
    QT_TRANSLATE_NOOP("core", "source {position} needs a web address or an article of the library"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: address is {length} characters long; the limit is {limit}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: address {url!r} is not a web address: {reason}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: archived copy is {length} characters long; the limit is {limit}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: archived copy {url!r} is not a web address: {reason}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date accessed {value!r} is in the future"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date accessed {value!r} is not a date (YYYY-MM-DD)"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date published {value!r} is in the future"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: date published {value!r} is not a date (YYYY-MM-DD)"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: stance is 'supports' or 'contradicts', not {stance!r}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: the publisher is {length} characters long; the limit is {limit}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: the quoted passage is {length} characters long; the limit is {limit}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: the title is {length} characters long; the limit is {limit}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "source {position}: there is no article {article} in the library"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "{setting} is {length} characters long; the limit is {limit}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "{setting} {url!r} is not a web address: {reason}"),  # review/sources.py
    QT_TRANSLATE_NOOP("core", "a rating needs a label"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "checker: {old!r} -> {new!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "comment: {old!r} -> {new!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "contradicts"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may change the rating scale; {who} is not one"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may merge a verdict that was approved or published"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "rating {label!r}: its value must be a number, not {value}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "rating: {old!r} -> {new!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: article {article} ({stance})"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: article {article} ({stance}) {title!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: {url} ({stance})"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source added: {url} ({stance}) {title!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: article {article} ({stance})"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: article {article} ({stance}) {title!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: {url} ({stance})"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source removed: {url} ({stance}) {title!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "source {position} repeats source {original}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "state: {old!r} -> {new!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "summary: {old!r} -> {new!r}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "supports"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "the rationale is {length:,} characters long; the limit is {limit:,}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "the summary is empty: say the verdict in one line"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "the summary is one line; put paragraphs in the rationale"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "the summary is {length} characters long; the limit is {limit}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "the verdict you opened no longer covers claim {claim}: reload"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "there is no verdict {id}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "unknown rating {rating!r}: the scale writes it {label!r}; the scale is: {offered}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "unknown rating {rating!r}; the scale is: {offered}"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {ids} covers the same cluster: merge them"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be merged into itself: give the verdict to keep and the other one (workbench verdict show lists its conflicts)"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} differs from its revision {revision} (changed outside the workbench, or the revision is missing)"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} revision {revision} differs from what the audit log recorded of it"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {id} was changed by {actor} ({action}, revision {revision}, {at}) since you opened revision {expected}: reload it to see that change, then make yours again"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdict {other} was merged into verdict {into} already"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdicts {ids} cover the same cluster: merge them"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdicts {ids} cover this claim's cluster: merge them first ('workbench verdict merge KEEP OTHER')"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "verdicts {keep} and {other} do not cover one cluster: nothing to merge"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "{checker} wrote verdict {id} on this claim's cluster meanwhile: reload it and revise it instead"),  # review/verdicts.py
    QT_TRANSLATE_NOOP("core", "it is approved: a supervisor returns it first"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "it is not approved yet"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "it is published: a supervisor reopens it as a new revision"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "it is submitted and waiting for review: withdraw it first"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "it is {state}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "it was merged into another verdict"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "it was returned: revise it first (it goes back to draft)"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "only a supervisor may {action} a verdict; {who} is a {role}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "returning a verdict needs a comment saying what to change"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "unknown action {action!r}; one of {actions}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be approved: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be changed: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be published: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be reopened: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be returned: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be submitted: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} cannot be withdrawn: {why}"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "verdict {id} has no source: add at least one before submitting"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "{who} wrote or submitted verdict {id} and cannot approve it too: another supervisor must (four-eyes rule)"),  # review/workflow.py
    QT_TRANSLATE_NOOP("core", "its host holds {character}, which no host name can hold"),  # text/addresses.py
    QT_TRANSLATE_NOOP("core", "its port {port!r} is not a number"),  # text/addresses.py
    QT_TRANSLATE_NOOP("core", "only http:// and https:// addresses with a host are accepted"),  # text/addresses.py
    QT_TRANSLATE_NOOP("core", "{url!r} is not a web address: {reason}"),  # text/addresses.py
    QT_TRANSLATE_NOOP("core", "invalid UTF-8 at byte {byte} (1 broken byte sequence in an otherwise UTF-8 file); repair or re-save the file as UTF-8"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "invalid UTF-8 at byte {byte} ({count} broken byte sequences in an otherwise UTF-8 file); repair or re-save the file as UTF-8"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a 7-Zip archive, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a GIF image, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a JPEG image, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a PDF document, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a PNG image, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a RAR archive, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a RIFF media file (WebP, WAV or AVI), not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a binary file (it contains NUL bytes), not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a gzip archive, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a program (ELF binary), not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is a zip archive (or an office document), not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is an SQLite database, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is an old Microsoft Office document, not text"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it is neither valid UTF-8 (byte {byte}) nor text in a known legacy encoding"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "it starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte})"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "the file is empty"),  # text/decoding.py
    QT_TRANSLATE_NOOP("core", "Arabic"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Danish"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Dutch"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "English"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "French"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "German"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Hebrew"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Indonesian"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Italian"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Persian"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Polish"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Portuguese"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Romanian"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Russian"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Spanish"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Swedish"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Turkish"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Ukrainian"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "Urdu"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "unknown"),  # text/language.py
    QT_TRANSLATE_NOOP("core", "the {name} holds a control character (U+{code:04X}, character {position}), which is invisible and cannot be published: remove it"),  # text/textnorm.py
    QT_TRANSLATE_NOOP("core", "the {name} holds a line break or a tab: a name is one line"),  # text/textnorm.py
    QT_TRANSLATE_NOOP("core", "the {name} holds an invisible character (U+{code:04X}, character {position}), which would make it look like another: remove it"),  # text/textnorm.py
    QT_TRANSLATE_NOOP("core", "the {name} holds bytes that are not UTF-8 text (character {position}): type it again, or set the terminal to UTF-8"),  # text/textnorm.py
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
    QT_TRANSLATE_NOOP("core term", "publisher"),
    QT_TRANSLATE_NOOP("core term", "passage"),
    QT_TRANSLATE_NOOP("core term", "statement"),
    QT_TRANSLATE_NOOP("core term", "term"),
)
