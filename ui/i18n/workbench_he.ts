<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>מפרסם</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>תאריך</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>טענות</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>The backup you asked for was not made: {why}</source>
        <translation>הגיבוי שביקשת לא נוצר: {why}</translation>
    </message>
    <message>
        <source>The scheduled backup was not made: {why}</source>
        <translation>הגיבוי המתוזמן לא נוצר: {why}</translation>
    </message>
</context>
<context>
    <name>ClaimOps</name>
    <message>
        <source>Mark claim</source>
        <translation>סימון טענה</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>מחיקת הטענה</translation>
    </message>
    <message>
        <source>Resize claim</source>
        <translation>שינוי היקף הטענה</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>עריכת הטענה</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>אותה טענה</translation>
    </message>
    <message>
        <source>Different claim</source>
        <translation>טענה אחרת</translation>
    </message>
</context>
<context>
    <name>ClaimPane</name>
    <message>
        <source>Claims of this article</source>
        <translation>הטענות בכתבה זו</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>The claim in your own words (any language)</source>
        <translation>הטענה במילים שלך (בכל שפה)</translation>
    </message>
    <message>
        <source>Canonical statement</source>
        <translation>הניסוח המוסכם</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>סוג</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>תגיות</translation>
    </message>
    <message>
        <source>People</source>
        <translation>אנשים</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>מקומות</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>שמירת השינויים</translation>
    </message>
    <message>
        <source>Save the claim&apos;s changes</source>
        <translation>שמירת השינויים בטענה</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ניסוח</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>בודק/ת</translation>
    </message>
    <message>
        <source>Select text in the article and press Ctrl+M to mark a claim.</source>
        <translation>סמנו טקסט בכתבה והקישו Ctrl+M כדי לסמן טענה.</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>מספרי</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>event</source>
        <translation>אירוע</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>הכחשה</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>תחזית</translation>
    </message>
    <message>
        <source>other</source>
        <translation>אחר</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>מסומנת</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>בבדיקה</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>הוכרעה</translation>
    </message>
    <message>
        <source>published</source>
        <translation>פורסמה</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>{lang} · {n} claim(s)</source>
        <translation>{lang} · טענות: {n}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>What should the checker change? (any language)</source>
        <translation>מה הבודק/ת צריך/ה לשנות? (בכל שפה)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>שליחה (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Write a comment first: say what to change.</source>
        <translation>כתבו הערה קודם: מה צריך לשנות.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Desk dashboard</source>
        <translation>לוח המחוונים של הדסק</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>תרשימי לוח המחוונים</translation>
    </message>
    <message>
        <source>Verdicts by rating, by language, published per week, waiting for review by age, and the most-repeated claims</source>
        <translation>הכרעות לפי דירוג ולפי שפה, פרסומים לפי שבוע, ממתינות לבקרה לפי משך ההמתנה, והטענות שחוזרות הכי הרבה</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>מצב לוח המחוונים</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> שבועות</translation>
    </message>
    <message>
        <source>Weeks of publications shown</source>
        <translation>מספר שבועות הפרסומים המוצגים</translation>
    </message>
    <message>
        <source>How many weeks the publications chart covers</source>
        <translation>כמה שבועות מכסה תרשים הפרסומים</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;רענון</translation>
    </message>
    <message>
        <source>Refresh the charts</source>
        <translation>רענון התרשימים</translation>
    </message>
    <message>
        <source>Read the figures again from the database (F5)</source>
        <translation>קריאה מחדש של הנתונים ממסד הנתונים (F5)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF/PNG…</source>
        <translation>&amp;שמירה כ־PDF/PNG…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF or PNG file</source>
        <translation>שמירת לוח המחוונים כקובץ PDF או PNG</translation>
    </message>
    <message>
        <source>Publications over</source>
        <translation>פרסומים במשך</translation>
    </message>
    <message>
        <source>{verdicts} verdicts · {waiting} waiting for review · {published} published in {weeks} weeks · updated {time}</source>
        <translation>הכרעות: {verdicts} · ממתינות לבקרה: {waiting} · פורסמו ב־{weeks} שבועות: {published} · עודכן ב־{time}</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>שמירת לוח המחוונים</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>מסמך PDF (*.pdf);;תמונת PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>לא נשמר: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>נשמר {path}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>ייצוא כבר מתבצע.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>מייצא אל {path}…</translation>
    </message>
    <message>
        <source>Export cancelled: {path} was not written.</source>
        <translation>הייצוא בוטל: {path} לא נכתב.</translation>
    </message>
    <message>
        <source>Exported {n} verdict(s) to {path}.</source>
        <translation>יוצאו {n} הכרעות אל {path}.</translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>הייצוא נכשל: {why}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export verdicts</source>
        <translation>ייצוא הכרעות</translation>
    </message>
    <message>
        <source>CSV for partners and spreadsheets</source>
        <translation>CSV לשותפים ולגיליונות אלקטרוניים</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD) for search engines</source>
        <translation>ClaimReview ‏(schema.org JSON-LD) למנועי חיפוש</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>בחירה…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>בחירת הקובץ</translation>
    </message>
    <message>
        <source>Approved verdicts too, not only published ones</source>
        <translation>גם הכרעות שאושרו, לא רק שפורסמו</translation>
    </message>
    <message>
        <source>From</source>
        <translation>מתאריך</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>עד תאריך</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>תגית</translation>
    </message>
    <message>
        <source>For Excel and other spreadsheet programs (adds a byte-order mark)</source>
        <translation>ל־Excel ולתוכנות גיליונות אחרות (מוסיף סימן סדר בתים)</translation>
    </message>
    <message>
        <source>When nothing matches, still write a file with the headers</source>
        <translation>אם אין התאמות, לכתוב בכל זאת קובץ עם הכותרות</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ייצוא</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ייצוא אל</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>JSON-LD (*.json)</source>
        <translation>JSON-LD ‏(*.json)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>להחליף את הקובץ?</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this export?</source>
        <translation>הקובץ ⁦{file}⁩ כבר קיים ב-⁦{folder}⁩. להחליף אותו בייצוא הזה?</translation>
    </message>
    <message>
        <source>Preparing rows</source>
        <translation>הכנת השורות</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Add to glossary</source>
        <translation>הוספה למילון המונחים</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>מושג</translation>
    </message>
    <message>
        <source>e.g. visit, troops, or a new one: joint_exercise</source>
        <translation>למשל visit,‏ troops, או מושג חדש: joint_exercise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>מונח</translation>
    </message>
    <message>
        <source>the word as written, without و / ה; end with * to match a stem</source>
        <translation>המילה כפי שהיא נכתבת, בלי ו / ה; כוכבית * בסוף מתאימה לגזע</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Give a concept and a term.</source>
        <translation>יש להזין מושג ומונח.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of verdict {id}</source>
        <translation>היסטוריית הכרעה {id}</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>גרסאות</translation>
    </message>
    <message>
        <source>Changes of the selected revision</source>
        <translation>השינויים בגרסה שנבחרה</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import articles</source>
        <translation>ייבוא כתבות</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.json *.jsonl *.csv)</source>
        <translation>כתבות (*.txt *.md *.html *.htm *.json *.jsonl *.csv)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>ייבוא תיקיית כתבות</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>מייבא…</translation>
    </message>
    <message>
        <source>Imported {added} article(s); {dups} already in the library; {bad} not imported.</source>
        <translation>כתבות שיובאו: {added}; כבר בספרייה: {dups}; לא יובאו: {bad}.</translation>
    </message>
    <message>
        <source>{n} earlier version(s) made current again: their files went back to a text imported before.</source>
        <translation>{n} גרסה/גרסאות קודמות הפכו שוב לנוכחיות: הקבצים שלהן חזרו לטקסט שיובא בעבר.</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>הייבוא בוטל. </translation>
    </message>
    <message>
        <source>First problem: {where}: {why}</source>
        <translation>הבעיה הראשונה: {where}: {why}</translation>
    </message>
    <message>
        <source>Import failed: {why}</source>
        <translation>הייבוא נכשל: {why}</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Not imported</source>
        <translation>לא יובא</translation>
    </message>
    <message>
        <source>Filter by file or reason</source>
        <translation>סינון לפי קובץ או סיבה</translation>
    </message>
    <message>
        <source>Filter the problems</source>
        <translation>סינון הבעיות</translation>
    </message>
    <message>
        <source>Files and records not imported</source>
        <translation>קבצים ורשומות שלא יובאו</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>ה&amp;עתקת הרשימה</translation>
    </message>
    <message>
        <source>Copy the list of problems</source>
        <translation>העתקת רשימת הבעיות</translation>
    </message>
    <message>
        <source>{bad} file(s) or record(s) were not imported; {added} article(s) were.</source>
        <translation>{bad} קבצים או רשומות לא יובאו; {added} כתבות יובאו.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>en</source>
        <comment>the code of the language translated into</comment>
        <translation>he</translation>
    </message>
</context>
<context>
    <name>LinkCardDelegate</name>
    <message>
        <source>this claim</source>
        <translation>טענה זו</translation>
    </message>
</context>
<context>
    <name>LinkingController</name>
    <message>
        <source>Suggestions of the same claim are unavailable: {why}</source>
        <translation>הצעות לאותה טענה אינן זמינות: {why}</translation>
    </message>
    <message>
        <source>Select a claim to see the same claim in other articles.</source>
        <translation>בחרו טענה כדי לראות את אותה טענה בכתבות אחרות.</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: {why}</source>
        <translation>ההצעות אינן זמינות: {why}</translation>
    </message>
    <message>
        <source>Preparing suggestions…</source>
        <translation>מכין הצעות…</translation>
    </message>
    <message>
        <source>{n} possible match(es), best first · Ctrl+L same claim · Ctrl+Shift+L different · F8 next</source>
        <translation>התאמות אפשריות: {n}, הטובה ביותר ראשונה · Ctrl+L אותה טענה · Ctrl+Shift+L שונה · F8 הבאה</translation>
    </message>
    <message>
        <source>No other claim in the library looks like this one.</source>
        <translation>אין בספרייה טענה אחרת שדומה לזו.</translation>
    </message>
    <message>
        <source>Suggestions failed: {why}</source>
        <translation>ההצעות נכשלו: {why}</translation>
    </message>
    <message>
        <source>Select a claim and one of its candidates first.</source>
        <translation>בחרו קודם טענה ואחת המועמדות שלה.</translation>
    </message>
    <message>
        <source>Linked as the same claim ({lang}, {title}).</source>
        <translation>קושרה כאותה טענה ({lang}, {title}).</translation>
    </message>
    <message>
        <source>Marked as a different claim: it will not be suggested again (Ctrl+Z takes it back).</source>
        <translation>סומנה כטענה אחרת: היא לא תוצע שוב (Ctrl+Z מבטל).</translation>
    </message>
    <message>
        <source>Mark and link as the same claim</source>
        <translation>סימון וקישור כאותה טענה</translation>
    </message>
    <message>
        <source>Marked in “{title}” and linked as the same claim.</source>
        <translation>סומנה ב„{title}” וקושרה כאותה טענה.</translation>
    </message>
    <message>
        <source>Select a claim (and wait for suggestions to be ready) first.</source>
        <translation>בחרו קודם טענה (והמתינו שההצעות יהיו מוכנות).</translation>
    </message>
    <message>
        <source>{n} sentence(s) of unmarked articles, after the claims: double-click to open, Ctrl+L marks and links</source>
        <translation>משפטים מכתבות שלא סומנו: {n}, אחרי הטענות: לחיצה כפולה פותחת, Ctrl+L מסמן ומקשר</translation>
    </message>
    <message>
        <source>{n} sentence(s) of unmarked articles may state this claim.</source>
        <translation>משפטים מכתבות שלא סומנו שעשויים לטעון טענה זו: {n}.</translation>
    </message>
    <message>
        <source>No unmarked article seems to state this claim.</source>
        <translation>נראה שאף כתבה שלא סומנה אינה טוענת טענה זו.</translation>
    </message>
    <message>
        <source>Searching unmarked articles…</source>
        <translation>מחפש בכתבות שלא סומנו…</translation>
    </message>
    <message>
        <source>Select a claim of the cluster first.</source>
        <translation>בחרו קודם טענה מהאשכול.</translation>
    </message>
    <message>
        <source>Split off from a cluster of {n} other claim(s).</source>
        <translation>הופרדה מאשכול של טענות נוספות: {n}.</translation>
    </message>
    <message>
        <source>Linking all claims…</source>
        <translation>מקשר את כל הטענות…</translation>
    </message>
    <message>
        <source>Linked all claims: {claims} claim(s), {scored} new or changed scored, {candidates} candidate pair(s) for review, {linked} linked automatically.</source>
        <translation>כל הטענות קושרו: טענות {claims}, חדשות או ששונו שדורגו {scored}, זוגות מועמדים לבדיקה {candidates}, קושרו אוטומטית {linked}.</translation>
    </message>
    <message>
        <source>Linking cancelled (it resumes where it stopped). </source>
        <translation>הקישור בוטל (הוא ימשיך מהמקום שבו נעצר). </translation>
    </message>
    <message>
        <source>Linking failed: {why}</source>
        <translation>הקישור נכשל: {why}</translation>
    </message>
    <message>
        <source>Added “{term}” ({lang}) to {concept}; suggestions are being updated.</source>
        <translation>„{term}” ({lang}) נוסף ל־{concept}; ההצעות מתעדכנות.</translation>
    </message>
    <message>
        <source>“{term}” ({lang}) now reads as {concept} instead of {other}; suggestions are being updated.</source>
        <translation>„{term}” ({lang}) נקרא עכשיו כ־{concept} במקום {other}; ההצעות מתעדכנות.</translation>
    </message>
</context>
<context>
    <name>LinksPane</name>
    <message>
        <source>numbers</source>
        <translation>מספרים</translation>
    </message>
    <message>
        <source>names</source>
        <translation>שמות</translation>
    </message>
    <message>
        <source>concepts</source>
        <translation>מושגים</translation>
    </message>
    <message>
        <source>text {score}</source>
        <translation>טקסט {score}</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>כתבה {id}</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>טרם סומנה</translation>
    </message>
    <message>
        <source>Suggestions status</source>
        <translation>מצב ההצעות</translation>
    </message>
    <message>
        <source>Same claim elsewhere</source>
        <translation>אותה טענה במקומות אחרים</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>אשכול</translation>
    </message>
    <message>
        <source>Claims linked as the same</source>
        <translation>טענות שקושרו כאותה טענה</translation>
    </message>
    <message>
        <source>Select a claim to see the same claim in other articles.</source>
        <translation>בחרו טענה כדי לראות את אותה טענה בכתבות אחרות.</translation>
    </message>
    <message>
        <source>Linked as the same claim: {n} claims, {langs}.</source>
        <translation>קושרו כאותה טענה: {n} טענות, {langs}.</translation>
    </message>
    <message>
        <source>Not linked to other claims yet. “Same claim” links a candidate.</source>
        <translation>עדיין לא קושרה לטענות אחרות. „אותה טענה” מקשרת מועמדת.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fact-check workbench</source>
        <translation>שולחן העבודה לבדיקת עובדות</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>גובה אל {path}</translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>חיפוש בכותרות ובטקסט (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>חיפוש בספרייה</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>סינון לפי שפה</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>סינון לפי מצב</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>כתבות</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ספרייה</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>כל השפות</translation>
    </message>
    <message>
        <source>Current suggestion</source>
        <translation>ההצעה הנוכחית</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>טענות</translation>
    </message>
    <message>
        <source>Same claim elsewhere</source>
        <translation>אותה טענה במקומות אחרים</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>הכרעה</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>התקדמות הייבוא</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>ביטול הייבוא</translation>
    </message>
    <message>
        <source>Linking progress</source>
        <translation>התקדמות הקישור</translation>
    </message>
    <message>
        <source>Cancel linking</source>
        <translation>ביטול הקישור</translation>
    </message>
    <message>
        <source>Cancel linking all claims</source>
        <translation>ביטול קישור כל הטענות</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>התקדמות הייצוא</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>ביטול הייצוא</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>בטל את הייצוא</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>ראשי</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>ייבוא קבצים…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>ייבוא תיקייה…</translation>
    </message>
    <message>
        <source>What the last import left out…</source>
        <translation>מה שהייבוא האחרון השאיר בחוץ…</translation>
    </message>
    <message>
        <source>Export verdicts…</source>
        <translation>ייצוא הכרעות…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>גיבוי עכשיו</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>יציאה</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;עריכה</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>בטל</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>בצע שוב</translation>
    </message>
    <message>
        <source>Mark claim</source>
        <translation>סימון טענה</translation>
    </message>
    <message>
        <source>Set claim to selection</source>
        <translation>הגדרת הטענה לפי הבחירה</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>מחיקת הטענה</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>קבלת ההצעה</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>דחיית ההצעה</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;מעבר</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>הכתבה הבאה</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>הכתבה הקודמת</translation>
    </message>
    <message>
        <source>Next claim</source>
        <translation>הטענה הבאה</translation>
    </message>
    <message>
        <source>Previous claim</source>
        <translation>הטענה הקודמת</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>ההצעה הבאה</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>ההצעה הקודמת</translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation>מעבר לטקסט</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>טקסט גדול יותר</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>טקסט קטן יותר</translation>
    </message>
    <message>
        <source>Show folded boilerplate</source>
        <translation>הצגת הטקסט השבלוני המקופל</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>קי&amp;שורים</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>אותה טענה</translation>
    </message>
    <message>
        <source>Different claim</source>
        <translation>טענה אחרת</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>המועמדת הבאה</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>המועמדת הקודמת</translation>
    </message>
    <message>
        <source>Open the candidate&apos;s article</source>
        <translation>פתיחת הכתבה של המועמדת</translation>
    </message>
    <message>
        <source>Split off from cluster</source>
        <translation>הפרדה מהאשכול</translation>
    </message>
    <message>
        <source>Link all claims…</source>
        <translation>קישור כל הטענות…</translation>
    </message>
    <message>
        <source>Add to glossary…</source>
        <translation>הוספה למילון המונחים…</translation>
    </message>
    <message>
        <source>Find in unmarked articles</source>
        <translation>חיפוש בכתבות שלא סומנו</translation>
    </message>
    <message>
        <source>Ve&amp;rdicts</source>
        <translation>&amp;הכרעות</translation>
    </message>
    <message>
        <source>Verdict of the claim</source>
        <translation>ההכרעה על הטענה</translation>
    </message>
    <message>
        <source>Review queue…</source>
        <translation>תור הבקרה…</translation>
    </message>
    <message>
        <source>Desk dashboard…</source>
        <translation>לוח המחוונים של הדסק…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ע&amp;זרה</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Unsaved verdicts</source>
        <translation>הכרעות שלא נשמרו</translation>
    </message>
    <message>
        <source>The verdicts of {n} claim(s) have edits that are not saved. Close and lose them?</source>
        <translation>בהכרעות של {n} טענות יש שינויים שלא נשמרו. לסגור ולאבד אותם?</translation>
    </message>
    <message>
        <source>Settings saved. A new language or database takes effect at the next start.</source>
        <translation>ההגדרות נשמרו. שפה חדשה או מסד נתונים חדש ייכנסו לתוקף בהפעלה הבאה.</translation>
    </message>
    <message>
        <source>Linking is already running.</source>
        <translation>הקישור כבר פועל.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>ייבוא כבר פועל.</translation>
    </message>
    <message>
        <source>The open article was removed by someone else.</source>
        <translation>מישהו אחר הסיר את הכתבה הפתוחה.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>ייצוא כבר מתבצע.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>קיצור</translation>
    </message>
    <message>
        <source>any</source>
        <translation>הכול</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>לא סומנו</translation>
    </message>
    <message>
        <source>with claims</source>
        <translation>עם טענות</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>הגדרות…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>פתיחת ההגדרות</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <source>Select a claim first, then the new text for it.</source>
        <translation>בחרו קודם טענה, ואז את הטקסט החדש שלה.</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate; unfold it first</source>
        <translation>הבחירה נכנסת לטקסט שבלוני מקופל; פתחו אותו קודם</translation>
    </message>
    <message>
        <source>no article is open</source>
        <translation>אין כתבה פתוחה</translation>
    </message>
    <message>
        <source>select the text of the claim first</source>
        <translation>סמנו קודם את טקסט הטענה</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>File</source>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>סיבה</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>המתנה</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>בודק/ת</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>שפות</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>טענות</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} דקות</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} שעות</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} ימים</translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <source>Review queue</source>
        <translation>תור הבקרה</translation>
    </message>
    <message>
        <source>Verdicts per state</source>
        <translation>הכרעות לפי מצב</translation>
    </message>
    <message>
        <source>Filter by checker</source>
        <translation>סינון לפי בודק/ת</translation>
    </message>
    <message>
        <source>any checker</source>
        <translation>כל בודק/ת</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>סינון לפי דירוג</translation>
    </message>
    <message>
        <source>any rating</source>
        <translation>כל דירוג</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>סינון לפי שפה</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>כל שפה</translation>
    </message>
    <message>
        <source>Minimum age in days</source>
        <translation>גיל מינימלי בימים</translation>
    </message>
    <message>
        <source> d</source>
        <translation> ימים</translation>
    </message>
    <message>
        <source>Minimum claims in cluster</source>
        <translation>מספר טענות מינימלי באשכול</translation>
    </message>
    <message>
        <source>Search summaries and quotes</source>
        <translation>חיפוש בתקצירים ובציטוטים</translation>
    </message>
    <message>
        <source>Search summaries, quotes and statements</source>
        <translation>חיפוש בתקצירים, בציטוטים ובניסוחים</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>סדר</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>בודק/ת</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>ותיקות מ־</translation>
    </message>
    <message>
        <source>Claims ≥</source>
        <translation>טענות ≥</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>חיפוש</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>הכרעות</translation>
    </message>
    <message>
        <source>Claims of the cluster</source>
        <translation>הטענות באשכול</translation>
    </message>
    <message>
        <source>Rating and state</source>
        <translation>דירוג ומצב</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>נימוק</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>History</source>
        <translation>היסטוריה</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>בקרה</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>החזרה…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>היסטוריה…</translation>
    </message>
    <message>
        <source>Open in the window</source>
        <translation>פתיחה בחלון</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>רענון</translation>
    </message>
    <message>
        <source>No verdict selected.</source>
        <translation>לא נבחרה הכרעה.</translation>
    </message>
    <message>
        <source>Verdict {id} covers {n} claim(s): {langs}</source>
        <translation>הכרעה {id} חלה על טענות: {n}; {langs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rating}&lt;/b&gt; · {state} · revision {rev} · checker {checker}</source>
        <translation>&lt;b&gt;{rating}&lt;/b&gt; · {state} · גרסה {rev} · בודק/ת {checker}</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>הערה: {text}</translation>
    </message>
    <message>
        <source>Select a verdict first.</source>
        <translation>בחרו קודם הכרעה.</translation>
    </message>
    <message>
        <source>The queue was reloaded.</source>
        <translation>התור נטען מחדש.</translation>
    </message>
    <message>
        <source>Verdict {id}: {action} done; it is {state} now.</source>
        <translation>הכרעה {id}: „{action}” בוצע; מצבה כעת {state}.</translation>
    </message>
    <message>
        <source>The selected verdict changed: close this and try again.</source>
        <translation>ההכרעה שנבחרה השתנתה: סגרו חלון זה ונסו שוב.</translation>
    </message>
    <message>
        <source>Return verdict {id}</source>
        <translation>החזרת הכרעה {id}</translation>
    </message>
    <message>
        <source>Say what the checker should change:</source>
        <translation>כתבו מה הבודק/ת צריך/ה לשנות:</translation>
    </message>
    <message>
        <source>Review queue — {n} {state}</source>
        <translation>תור הבקרה — {state}: {n}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>הוגש</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>אושר</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>הוחזר</translation>
    </message>
    <message>
        <source>published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>longest waiting</source>
        <translation>הממתינות הכי הרבה זמן</translation>
    </message>
    <message>
        <source>largest cluster</source>
        <translation>האשכול הגדול ביותר</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>טקסט הכתבה</translation>
    </message>
    <message>
        <source>{what} folded ({n} characters): click to show, Ctrl+U shows all</source>
        <translation>{what} מקופל ({n} תווים): לחצו להצגה, או ‏Ctrl+U להצגת הכול</translation>
    </message>
    <message>
        <source>Folded boilerplate: click to show it, or press Ctrl+U to show all of it</source>
        <translation>טקסט שבלוני מקופל: לחצו להצגה, או הקישו ‏Ctrl+U כדי להציג את כולו</translation>
    </message>
    <message>
        <source>Subscription notice</source>
        <translation>הודעת מינוי</translation>
    </message>
    <message>
        <source>Comment form</source>
        <translation>טופס תגובה</translation>
    </message>
    <message>
        <source>CAPTCHA</source>
        <translation>CAPTCHA</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>כפתורי שיתוף</translation>
    </message>
    <message>
        <source>“Read also” links</source>
        <translation>קישורי „קראו גם”</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>קרדיטים</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>זמן קריאה</translation>
    </message>
    <message>
        <source>Details table</source>
        <translation>טבלת פרטים</translation>
    </message>
    <message>
        <source>Site promotion</source>
        <translation>קידום האתר</translation>
    </message>
    <message>
        <source>Repeated paragraph</source>
        <translation>פסקה חוזרת</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>מפריד</translation>
    </message>
    <message>
        <source>Page footer</source>
        <translation>כותרת תחתונה</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>דפי ההגדרות</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;ממשק</translation>
    </message>
    <message>
        <source>&amp;Data and backups</source>
        <translation>&amp;נתונים וגיבויים</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>&amp;ארגון</translation>
    </message>
    <message>
        <source>&amp;Ratings</source>
        <translation>&amp;דירוגים</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>מי&amp;לון</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>שמירת ההגדרות</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>סגירה בלי לשמור</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>שפת הממשק</translation>
    </message>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation>שפת המחשב ({name})</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation>גודל הגופן בממשק</translation>
    </message>
    <message>
        <source>The computer&apos;s size</source>
        <translation>הגודל של המחשב</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> נק׳</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>ערכת צבעים</translation>
    </message>
    <message>
        <source>The computer&apos;s colours</source>
        <translation>הצבעים של המחשב</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>בהיר</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>כהה</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ניגודיות גבוהה</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>ממשק</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the workbench starts. Articles always keep the direction of their own script.</source>
        <translation>שפה חדשה נכנסת לתוקף בהפעלה הבאה של שולחן העבודה. הכתבות שומרות תמיד על כיוון הכתב שלהן.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>על השפה</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;גודל גופן</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;ערכת צבעים</translation>
    </message>
    <message>
        <source>The font size and the theme change as soon as you press OK. The article&apos;s text size is set in the reader (View menu).</source>
        <translation>גודל הגופן וערכת הצבעים משתנים מיד בלחיצה על „אישור”. גודל הטקסט של הכתבה נקבע בקורא (תפריט „תצוגה”).</translation>
    </message>
    <message>
        <source>About the appearance</source>
        <translation>על המראה</translation>
    </message>
    <message>
        <source>The default: {path}</source>
        <translation>ברירת המחדל: {path}</translation>
    </message>
    <message>
        <source>Database file used from the next start</source>
        <translation>קובץ מסד הנתונים שישמש מההפעלה הבאה</translation>
    </message>
    <message>
        <source>Choose fil&amp;e…</source>
        <translation>&amp;בחירת קובץ…</translation>
    </message>
    <message>
        <source>Choose another database file</source>
        <translation>בחירת קובץ מסד נתונים אחר</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>ש&amp;ימוש בברירת המחדל</translation>
    </message>
    <message>
        <source>Use the database in the default location</source>
        <translation>שימוש במסד הנתונים במיקום ברירת המחדל</translation>
    </message>
    <message>
        <source>In use now: {path}. Another file is opened the next time the workbench starts (a new file becomes a new, empty workspace).</source>
        <translation>בשימוש כעת: {path}. קובץ אחר ייפתח בהפעלה הבאה של שולחן העבודה (קובץ חדש הופך לסביבת עבודה חדשה וריקה).</translation>
    </message>
    <message>
        <source>${env} is set, and takes precedence over this setting.</source>
        <translation>המשתנה ${env} מוגדר, והוא גובר על הגדרה זו.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>מסד הנתונים שבשימוש</translation>
    </message>
    <message>
        <source>Beside the database: {path}</source>
        <translation>ליד מסד הנתונים: {path}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>תיקיית הגיבויים</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>בחי&amp;רת תיקייה…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>בחירת תיקיית הגיבויים</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> גיבויים</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>מספר הגיבויים שנשמרים</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>אף פעם</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> שעות</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>שעות בין גיבויים</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>נתונים וגיבויים</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>מסד הנתונים</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>&amp;קובץ מסד הנתונים</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>גיבויים מתוזמנים</translation>
    </message>
    <message>
        <source>Backup fo&amp;lder</source>
        <translation>&amp;תיקיית גיבויים</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;שמירת האחרונים</translation>
    </message>
    <message>
        <source>Back up e&amp;very</source>
        <translation>גיבוי &amp;כל</translation>
    </message>
    <message>
        <source>A copy of the database is made while the workbench is open; a folder on another disk or a network drive protects against losing this one.</source>
        <translation>עותק של מסד הנתונים נוצר כל עוד שולחן העבודה פתוח; תיקייה בדיסק אחר או בכונן רשת מגינה מפני אובדן הדיסק הזה.</translation>
    </message>
    <message>
        <source>About backups</source>
        <translation>על הגיבויים</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>&amp;שם הארגון</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>שם הארגון</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>את&amp;ר אינטרנט</translation>
    </message>
    <message>
        <source>Organisation web site</source>
        <translation>אתר האינטרנט של הארגון</translation>
    </message>
    <message>
        <source>Re&amp;view address</source>
        <translation>&amp;כתובת בדיקה שפורסמה</translation>
    </message>
    <message>
        <source>Address of a published fact-check</source>
        <translation>כתובת של בדיקת עובדות שפורסמה</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>ארגון</translation>
    </message>
    <message>
        <source>Published with every fact-check (the export&apos;s author and addresses). In the review address, {id} stands for the verdict&apos;s number; left empty, it is the web site followed by {path}.</source>
        <translation>מתפרסמים עם כל בדיקת עובדות (המחבר והכתובות בייצוא). בכתובת הבדיקה, ‏{id} מוחלף במספר ההכרעה; אם היא ריקה, זו כתובת האתר ואחריה {path}.</translation>
    </message>
    <message>
        <source>Only a supervisor changes these.</source>
        <translation>רק מפקח/ת יכול/ה לשנות אותם.</translation>
    </message>
    <message>
        <source>About the organisation&apos;s details</source>
        <translation>על פרטי הארגון</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>סולם הדירוג</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>תווית</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ערך</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>הוצא משימוש</translation>
    </message>
    <message>
        <source>&amp;Add a rating</source>
        <translation>&amp;הוספת דירוג</translation>
    </message>
    <message>
        <source>Add a rating to the scale</source>
        <translation>הוספת דירוג לסולם</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>דירוגים</translation>
    </message>
    <message>
        <source>Ra&amp;ting scale</source>
        <translation>&amp;סולם הדירוג</translation>
    </message>
    <message>
        <source>The value is published with the rating (ClaimReview&apos;s ratingValue). A retired rating is no longer offered; the verdicts that have it keep it.</source>
        <translation>הערך מתפרסם עם הדירוג (ratingValue של ClaimReview). דירוג שהוצא משימוש לא מוצע עוד; הכרעות שיש להן אותו שומרות עליו.</translation>
    </message>
    <message>
        <source>Select a value and type to change it; Space retires a rating.</source>
        <translation>בחרו ערך והקלידו כדי לשנות אותו; מקש הרווח מוציא דירוג משימוש.</translation>
    </message>
    <message>
        <source>Only a supervisor changes the rating scale.</source>
        <translation>רק מפקח/ת יכול/ה לשנות את סולם הדירוג.</translation>
    </message>
    <message>
        <source>About the rating scale</source>
        <translation>על סולם הדירוג</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>הוצא משימוש</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>מוצע</translation>
    </message>
    <message>
        <source>The desk&apos;s glossary terms</source>
        <translation>מונחי הדסק במילון</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>מושג</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>שפה</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>מונח</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;הוספה…</translation>
    </message>
    <message>
        <source>Add a term to the glossary</source>
        <translation>הוספת מונח למילון המונחים</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>ה&amp;סרה</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>הסרת המונחים שנבחרו</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>מילון</translation>
    </message>
    <message>
        <source>The desk&apos;s &amp;terms</source>
        <translation>מונ&amp;חי הדסק</translation>
    </message>
    <message>
        <source>Terms this desk taught the claim matcher; a removed term reads as the shipped glossary has it again. Terms are also added from the reader: select a word, then Links → Add to glossary…</source>
        <translation>מונחים שהדסק לימד את מתאם הטענות; מונח שהוסר נקרא שוב כפי שהוא במילון המובנה. אפשר להוסיף מונחים גם מהקורא: בחרו מילה, ואז קישורים ← הוספה למילון המונחים…</translation>
    </message>
    <message>
        <source>About the glossary</source>
        <translation>על המילון</translation>
    </message>
    <message>
        <source>The desk has added no terms.</source>
        <translation>הדסק לא הוסיף מונחים.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>קובץ מסד הנתונים</translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite);;All files (*)</source>
        <translation>מסד נתונים של שולחן העבודה (*.sqlite);;כל הקבצים (*)</translation>
    </message>
    <message>
        <source>Row {row} of the rating scale needs a label.</source>
        <translation>שורה {row} בסולם הדירוג צריכה תווית.</translation>
    </message>
    <message>
        <source>The value of “{label}” is not a number: {text}</source>
        <translation>הערך של „{label}” אינו מספר: {text}</translation>
    </message>
    <message>
        <source>“{label}” is in the rating scale twice.</source>
        <translation>„{label}” מופיע פעמיים בסולם הדירוג.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>supports</source>
        <translation>תומך</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>סותר</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>הוספת מקור</translation>
    </message>
    <message>
        <source>none: a web page</source>
        <translation>אין: דף אינטרנט</translation>
    </message>
    <message>
        <source>Library article id</source>
        <translation>מספר הכתבה בספרייה</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>כתובת (URL)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>כותרת</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>מפרסם</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>תאריך פרסום</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>תאריך צפייה</translation>
    </message>
    <message>
        <source>Archived copy (URL)</source>
        <translation>עותק בארכיון (URL)</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (רשות)</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>הקטע המצוטט</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>הוספה</translation>
    </message>
    <message>
        <source>Library article</source>
        <translation>כתבה מהספרייה</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>כתובת</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>נצפה</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>עותק בארכיון</translation>
    </message>
    <message>
        <source>There is no article {id} in the library.</source>
        <translation>אין בספרייה כתבה מספר {id}.</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Stance</source>
        <translation>עמדה</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>מקור</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>מפרסם</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>פורסם</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>נצפה</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>חזרות</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>תומך</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>סותר</translation>
    </message>
    <message>
        <source>repeats {n}</source>
        <translation>חוזר על {n}</translation>
    </message>
    <message>
        <source>archived: {url}</source>
        <translation>בארכיון: {url}</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>No suggestions left in this article.</source>
        <translation>לא נשארו הצעות בכתבה זו.</translation>
    </message>
    <message>
        <source>{n} suggested claim(s): F7 to go through them.</source>
        <translation>טענות מוצעות: {n}; ‏F7 כדי לעבור עליהן.</translation>
    </message>
    <message>
        <source>Suggestion {i} of {n} ({why}): {accept} accepts, {dismiss} dismisses.</source>
        <translation>הצעה {i} מתוך {n} ({why}): {accept} מקבל, {dismiss} דוחה.</translation>
    </message>
    <message>
        <source>Go to a suggestion first (F7).</source>
        <translation>עברו קודם להצעה (F7).</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>כמות</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>ייחוס</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>ציטוט</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>הכחשה</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>תחזית</translation>
    </message>
    <message>
        <source>sanctions and force</source>
        <translation>סנקציות וכוח</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>השוואה</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rev.</source>
        <translation>גרסה</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>פעולה</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>מי</translation>
    </message>
    <message>
        <source>When</source>
        <translation>מתי</translation>
    </message>
    <message>
        <source>State</source>
        <translation>מצב</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>דירוג</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>הערה</translation>
    </message>
    <message>
        <source>{who} is not a person of this desk</source>
        <translation>{who} אינו/ה חבר/ת הדסק הזה</translation>
    </message>
    <message>
        <source>The verdict changed</source>
        <translation>ההכרעה השתנתה</translation>
    </message>
    <message>
        <source>Reload shows their version (your edits are dropped; copy what you need first). Keep editing leaves your edits in the form.</source>
        <translation>„טעינה מחדש” מציגה את הגרסה שלהם (העריכות שלך יאבדו; העתיקו קודם את מה שצריך). „המשך עריכה” משאיר את העריכות שלך בטופס.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>טעינה מחדש</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>המשך עריכה</translation>
    </message>
    <message>
        <source>rating: {value}</source>
        <translation>דירוג: {value}</translation>
    </message>
    <message>
        <source>summary: {value}</source>
        <translation>תקציר: {value}</translation>
    </message>
    <message>
        <source>checker: {value}</source>
        <translation>בודק/ת: {value}</translation>
    </message>
    <message>
        <source>{n} source(s)</source>
        <translation>מקורות: {n}</translation>
    </message>
    <message>
        <source>rationale:</source>
        <translation>נימוק:</translation>
    </message>
    <message>
        <source>(no change of content: {action})</source>
        <translation>(ללא שינוי בתוכן: {action})</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>כתבה {id}</translation>
    </message>
    <message>
        <source>Claim and cluster</source>
        <translation>הטענה והאשכול</translation>
    </message>
    <message>
        <source>State of the verdict</source>
        <translation>מצב ההכרעה</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>הערת המפקח/ת</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>אזהרות</translation>
    </message>
    <message>
        <source>choose a rating</source>
        <translation>בחרו דירוג</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>תקציר</translation>
    </message>
    <message>
        <source>The verdict in one line (any language)</source>
        <translation>ההכרעה בשורה אחת (בכל שפה)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>נימוק</translation>
    </message>
    <message>
        <source>Why: paragraphs, links, in any language</source>
        <translation>למה: פסקאות, קישורים, בכל שפה</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>מקורות</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>הוספת מקור…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>הוספת מקור</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>הסרת המקור</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>הסרת המקור שנבחר</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>שמירה</translation>
    </message>
    <message>
        <source>Save the verdict</source>
        <translation>שמירת ההכרעה</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>הגשה</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>הגשה לבקרה</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>משיכה</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>משיכה מהבקרה</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>Approve the verdict</source>
        <translation>אישור ההכרעה</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>החזרה…</translation>
    </message>
    <message>
        <source>Return the verdict with a comment</source>
        <translation>החזרת ההכרעה עם הערה</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>Publish the verdict</source>
        <translation>פרסום ההכרעה</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <source>Reopen the published verdict</source>
        <translation>פתיחה מחדש של ההכרעה שפורסמה</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>היסטוריה…</translation>
    </message>
    <message>
        <source>History of the verdict</source>
        <translation>היסטוריית ההכרעה</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Changed by someone else since you started editing: saving will ask you to reload.</source>
        <translation>מישהו אחר שינה אותה מאז שהתחלת לערוך: השמירה תבקש טעינה מחדש.</translation>
    </message>
    <message>
        <source>Your unsaved edits of this verdict are back: Save to keep them.</source>
        <translation>העריכות שלא נשמרו בהכרעה זו חזרו: לחצו „שמירה” כדי לשמור אותן.</translation>
    </message>
    <message>
        <source>Changed by someone else (now revision {rev}{by}) since you started editing: your edits are kept; saving will ask you to reload.</source>
        <translation>מישהו אחר שינה אותה (כעת גרסה {rev}{by}) מאז שהתחלת לערוך: העריכות שלך נשמרות; השמירה תבקש טעינה מחדש.</translation>
    </message>
    <message>
        <source>Select a claim to see or write the verdict of its cluster.</source>
        <translation>בחרו טענה כדי לראות או לכתוב את ההכרעה על האשכול שלה.</translation>
    </message>
    <message>
        <source>No verdict yet: write one (it covers every claim linked as the same).</source>
        <translation>אין עדיין הכרעה: כתבו אחת (היא חלה על כל טענה שקושרה כאותה טענה).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · revision {rev} · checker {checker}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · גרסה {rev} · בודק/ת {checker}</translation>
    </message>
    <message>
        <source>reviewed by {who} ({when})</source>
        <translation>נבדקה בידי {who} ({when})</translation>
    </message>
    <message>
        <source>published by {who} ({when})</source>
        <translation>פורסם על ידי {who} ({when})</translation>
    </message>
    <message>
        <source>published {when}</source>
        <translation>פורסמה {when}</translation>
    </message>
    <message>
        <source>Comment from {who}:</source>
        <translation>הערה מאת {who}:</translation>
    </message>
    <message>
        <source>{who} is not a person of this desk: ask a supervisor to add you.</source>
        <translation>{who} אינו/ה חבר/ת הדסק הזה: בקשו ממפקח/ת להוסיף אתכם.</translation>
    </message>
    <message>
        <source>Verdict {id} on the cluster of claim {claim}</source>
        <translation>הכרעה {id} על האשכול של טענה {claim}</translation>
    </message>
    <message>
        <source>New verdict on the cluster of claim {claim}</source>
        <translation>הכרעה חדשה על האשכול של טענה {claim}</translation>
    </message>
    <message>
        <source>{title}: {n} claim(s), {langs}</source>
        <translation>{title}: טענות {n}, {langs}</translation>
    </message>
    <message>
        <source>Save a verdict with at least one source first.</source>
        <translation>שמרו קודם הכרעה עם מקור אחד לפחות.</translation>
    </message>
    <message>
        <source>Nothing to save: the verdict is as stored.</source>
        <translation>אין מה לשמור: ההכרעה זהה לשמורה.</translation>
    </message>
    <message>
        <source>Saved verdict {id}, revision {rev} ({state}).</source>
        <translation>ההכרעה {id} נשמרה, גרסה {rev} ({state}).</translation>
    </message>
    <message>
        <source>There is no verdict to {action} yet.</source>
        <translation>אין עדיין הכרעה שאפשר לבצע עליה „{action}”.</translation>
    </message>
    <message>
        <source>Verdict {id}: {action} done; it is {state} (revision {rev}).</source>
        <translation>הכרעה {id}: „{action}” בוצע; מצבה {state} (גרסה {rev}).</translation>
    </message>
    <message>
        <source>Reloaded: this is the stored verdict (revision {rev}).</source>
        <translation>נטען מחדש: זו ההכרעה השמורה (גרסה {rev}).</translation>
    </message>
    <message>
        <source>The stored verdict changed since you opened it: Reload (from a new save) to see it; your edits are still here.</source>
        <translation>ההכרעה השמורה השתנתה מאז שפתחת אותה: טענו מחדש (משמירה חדשה) כדי לראות אותה; העריכות שלך עדיין כאן.</translation>
    </message>
    <message>
        <source>Not returned.</source>
        <translation>לא הוחזרה.</translation>
    </message>
    <message>
        <source>Return verdict {id}</source>
        <translation>החזרת הכרעה {id}</translation>
    </message>
    <message>
        <source>Say what the checker should change:</source>
        <translation>כתבו מה הבודק/ת צריך/ה לשנות:</translation>
    </message>
    <message>
        <source>Added: it repeats source {n}.</source>
        <translation>נוסף: הוא חוזר על מקור {n}.</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>checker</source>
        <translation>בודק/ת</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>מפקח/ת</translation>
    </message>
    <message>
        <source>Welcome to the fact-check workbench</source>
        <translation>ברוכים הבאים לשולחן העבודה לבדיקת עובדות</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>השם שלך</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>התפקיד שלך</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ה&amp;שם שלך</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>ה&amp;תפקיד שלך</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The settings file {path} is damaged and could not be set aside ({why}); the workbench starts with its default settings.</source>
        <translation>קובץ ההגדרות {path} פגום ולא ניתן היה להעביר אותו הצידה ({why}); שולחן העבודה מתחיל עם הגדרות ברירת המחדל.</translation>
    </message>
    <message>
        <source>The settings file was damaged and has been reset: window layout, language, theme and your name are back to their defaults. The damaged file was kept as {kept}.</source>
        <translation>קובץ ההגדרות היה פגום ואופס: פריסת החלון, השפה, ערכת הצבעים והשם שלך חזרו לברירת המחדל. הקובץ הפגום נשמר בשם {kept}.</translation>
    </message>
    <message>
        <source>Fact-check workbench</source>
        <translation>שולחן העבודה לבדיקת עובדות</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>לא ניתן לכתוב את הקובץ {path}: {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written (read-only)</source>
        <translation>לא ניתן לכתוב לתיקייה {folder} (לקריאה בלבד)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>התיקייה {folder} לא קיימת</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} היא תיקייה; יש לציין שם קובץ</translation>
    </message>
    <message>
        <source>audit log entry {id} does not follow the entry before it: an entry before it was removed or changed</source>
        <translation>רשומה {id} ביומן הביקורת אינה ממשיכה את הרשומה שלפניה: רשומה קודמת לה נמחקה או שונתה</translation>
    </message>
    <message>
        <source>audit log entry {id} was altered after it was written</source>
        <translation>רשומה {id} ביומן הביקורת שונתה לאחר שנכתבה</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last} ({count} entries) but had reached entry {head} ({head_count} entries): its newest entries were removed</source>
        <translation>יומן הביקורת מסתיים ברשומה {last} ({count} רשומות) אך כבר הגיע לרשומה {head} ({head_count} רשומות): הרשומות החדשות ביותר בו נמחקו</translation>
    </message>
    <message>
        <source>the audit log&apos;s head (entry {head}) does not match its last entry {last}: it was altered</source>
        <translation>ראש יומן הביקורת (רשומה {head}) אינו תואם לרשומה האחרונה בו {last}: הוא שונה</translation>
    </message>
    <message>
        <source>the audit log&apos;s head is missing: it was removed outside the workbench</source>
        <translation>ראש יומן הביקורת חסר: הוא נמחק מחוץ לשולחן העבודה</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>יש לשמור לפחות גיבוי אחד</translation>
    </message>
    <message>
        <source>the backup folder {folder} cannot be written; no backup was made</source>
        <translation>לא ניתן לכתוב לתיקיית הגיבויים {folder}; לא נוצר גיבוי</translation>
    </message>
    <message>
        <source>the backup folder {folder} could not be made: {reason}; no backup was made</source>
        <translation>לא ניתן היה ליצור את תיקיית הגיבויים {folder}: {reason}; לא נוצר גיבוי</translation>
    </message>
    <message>
        <source>the backup folder {folder} does not exist (was it unplugged or moved?); no backup was made</source>
        <translation>תיקיית הגיבויים {folder} לא קיימת (האם הכונן נותק או שהתיקייה הועברה?); לא נוצר גיבוי</translation>
    </message>
    <message>
        <source>the backup into {folder} failed: {reason}</source>
        <translation>הגיבוי אל {folder} נכשל: {reason}</translation>
    </message>
    <message>
        <source>1 article is missing from the search index; run &apos;workbench reindex&apos;</source>
        <translation>כתבה אחת חסרה באינדקס החיפוש; יש להריץ ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>SQLite integrity: {finding}</source>
        <translation>תקינות SQLite: {finding}</translation>
    </message>
    <message>
        <source>article {id}: fold {start}-{end} lies outside its text</source>
        <translation>כתבה {id}: הקטע המקופל {start}-{end} חורג מהטקסט שלה</translation>
    </message>
    <message>
        <source>article {id}: paragraph {start}-{end} lies outside its text</source>
        <translation>כתבה {id}: הפסקה {start}-{end} חורגת מהטקסט שלה</translation>
    </message>
    <message>
        <source>article {id}: text does not match its content hash (altered outside the workbench)</source>
        <translation>כתבה {id}: הטקסט אינו תואם לגיבוב התוכן שלה (שונה מחוץ לשולחן העבודה)</translation>
    </message>
    <message>
        <source>claim {claim}: its quote no longer matches article {article} at {start}-{end}</source>
        <translation>טענה {claim}: הציטוט שלה כבר אינו תואם לכתבה {article} במיקום {start}-{end}</translation>
    </message>
    <message>
        <source>schema version is {version}, expected {expected}</source>
        <translation>גרסת הסכמה היא {version}, אך הגרסה הצפויה היא {expected}</translation>
    </message>
    <message>
        <source>search index is damaged ({reason}); run &apos;workbench reindex&apos;</source>
        <translation>אינדקס החיפוש פגום ({reason}); יש להריץ ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>the database&apos;s guard {name} is missing: it was dropped outside the workbench, and history can be changed in place</source>
        <translation>מנגנון ההגנה {name} של מסד הנתונים חסר: הוא הוסר מחוץ לשולחן העבודה, וכעת אפשר לשנות את ההיסטוריה במקומה</translation>
    </message>
    <message>
        <source>{count} articles are missing from the search index; run &apos;workbench reindex&apos;</source>
        <translation>{count} כתבות חסרות באינדקס החיפוש; יש להריץ ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>{count} current versions of {key}</source>
        <translation>{count} גרסאות נוכחיות של {key}</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing row in {parent}</source>
        <translation>השורה {row} ב-{table} מפנה לשורה חסרה ב-{parent}</translation>
    </message>
    <message>
        <source>article {name!r} is not in the library (import it first)</source>
        <translation>הכתבה {name!r} אינה בספרייה (יש לייבא אותה קודם)</translation>
    </message>
    <message>
        <source>claim #{number}: not an object</source>
        <translation>טענה מס&apos; {number}: אינה אובייקט JSON</translation>
    </message>
    <message>
        <source>claim {id}: kind {kind!r} is not one of {kinds}; stored as &apos;other&apos;</source>
        <translation>טענה {id}: הסוג {kind!r} אינו אחד מהסוגים {kinds}; נשמר כ־&apos;other&apos;</translation>
    </message>
    <message>
        <source>claim {id}: missing {fields}</source>
        <translation>טענה {id}: חסרים השדות {fields}</translation>
    </message>
    <message>
        <source>claim {id}: start and end must be whole numbers</source>
        <translation>טענה {id}: start ו־end חייבים להיות מספרים שלמים</translation>
    </message>
    <message>
        <source>claim {id}: the id is used twice in the file; the first one counts</source>
        <translation>טענה {id}: המזהה מופיע פעמיים בקובץ; הראשון קובע</translation>
    </message>
    <message>
        <source>claim {id}: the quote is empty</source>
        <translation>טענה {id}: הציטוט ריק</translation>
    </message>
    <message>
        <source>claim {id}: {reason}</source>
        <translation>טענה {id}: {reason}</translation>
    </message>
    <message>
        <source>offsets {start}-{end} do not hold the quote, and the quote is nowhere in the article</source>
        <translation>המיקומים {start}-{end} אינם מכילים את הציטוט, והציטוט אינו מופיע בשום מקום בכתבה</translation>
    </message>
    <message>
        <source>offsets {start}-{end} lie outside the article ({length} characters), and the quote is nowhere in the article</source>
        <translation>המיקומים {start}-{end} נמצאים מחוץ לכתבה ({length} תווים), והציטוט אינו מופיע בשום מקום בכתבה</translation>
    </message>
    <message>
        <source>pair {a} / {b}: a claim cannot be paired with itself</source>
        <translation>הזוג {a} / {b}: אי אפשר לצמד טענה לעצמה</translation>
    </message>
    <message>
        <source>pair {a} / {b}: one or both of its claims are not in the library</source>
        <translation>הזוג {a} / {b}: אחת הטענות שלו או שתיהן אינן בספרייה</translation>
    </message>
    <message>
        <source>{path} is the library itself, not a claims file</source>
        <translation>{path} הוא הספרייה עצמה, לא קובץ טענות</translation>
    </message>
    <message>
        <source>{path}: &quot;duplicate_pairs&quot; must be a list of [id, id] pairs</source>
        <translation>{path}: &quot;duplicate_pairs&quot; חייב להיות רשימה של זוגות מהצורה [id, id]</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: לא ניתן לקרוא אותו ({error})</translation>
    </message>
    <message>
        <source>{path}: duplicate pair #{number} ({pair}) is not an [id, id] pair</source>
        <translation>{path}: זוג הכפילות מס&apos; {number} ({pair}) אינו זוג מהצורה [id, id]</translation>
    </message>
    <message>
        <source>{path}: expected an object with a list of &quot;claims&quot;</source>
        <translation>{path}: צפוי אובייקט עם רשימת &quot;claims&quot;</translation>
    </message>
    <message>
        <source>{path}: it holds a number of over {digits:,} digits: not a claims file</source>
        <translation>{path}: הוא מכיל מספר בן יותר מ-{digits:,} ספרות: אינו קובץ טענות</translation>
    </message>
    <message>
        <source>{path}: its structure is nested too deeply (over {depth} levels) to be a claims file</source>
        <translation>{path}: המבנה שלו מקונן לעומק רב מדי (יותר מ-{depth} רמות) מכדי להיות קובץ טענות</translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}, column {column}: {error})</source>
        <translation>{path}: אינו JSON תקין (שורה {line}, עמודה {column}: {error})</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>article {id} is an earlier version; mark claims on the current one</source>
        <translation>הכתבה {id} היא גרסה קודמת; יש לסמן טענות בגרסה הנוכחית</translation>
    </message>
    <message>
        <source>article {id} no longer exists</source>
        <translation>הכתבה {id} כבר אינה קיימת</translation>
    </message>
    <message>
        <source>cannot change {fields} of a claim</source>
        <translation>אי אפשר לשנות את {fields} של טענה</translation>
    </message>
    <message>
        <source>claim {id} cannot be restored: {error}</source>
        <translation>לא ניתן לשחזר את טענה {id}: {error}</translation>
    </message>
    <message>
        <source>kind must be one of {kinds}, not {value!r}</source>
        <translation>הסוג חייב להיות אחד מ־{kinds}, לא {value!r}</translation>
    </message>
    <message>
        <source>status must be one of {statuses}, not {value!r}</source>
        <translation>המצב חייב להיות אחד מ־{statuses}, לא {value!r}</translation>
    </message>
    <message>
        <source>the selection is empty or only white space</source>
        <translation>הבחירה ריקה או מכילה רווחים בלבד</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (captcha)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (CAPTCHA)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (comment form)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (טופס תגובה)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (credits)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (קרדיטים)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (details table)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (טבלת פרטים)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (noise)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (מפריד)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (page footer)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (כותרת תחתונה)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (read also)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל („קראו גם”)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (reading time)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (זמן קריאה)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (repeated)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (פסקה חוזרת)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (share)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (שיתוף)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (site promo)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (קידום האתר)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (subscription)</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל (מינוי)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate ({kind})</source>
        <translation>הבחירה נכנסת לטקסט תבניתי מקופל ({kind})</translation>
    </message>
    <message>
        <source>the selection {start}-{end} lies outside the article ({length} characters)</source>
        <translation>הבחירה {start}-{end} נמצאת מחוץ לכתבה ({length} תווים)</translation>
    </message>
    <message>
        <source>there is no claim {id}</source>
        <translation>לא קיימת טענה {id}</translation>
    </message>
    <message>
        <source>this text is marked already as claim {id}</source>
        <translation>הטקסט הזה כבר מסומן כטענה {id}</translation>
    </message>
    <message>
        <source>audit log entry {seq} of {where} is gone: the log was cut or rewritten since</source>
        <translation>רשומה {seq} ביומן הביקורת מ{where} אינה קיימת עוד: היומן נקטע או נכתב מחדש מאז</translation>
    </message>
    <message>
        <source>audit log entry {seq} of {where} was changed: the log was rewritten since</source>
        <translation>רשומה {seq} ביומן הביקורת מ{where} שונתה: היומן נכתב מחדש מאז</translation>
    </message>
    <message>
        <source>{text!r} is not an audit log head: it reads SEQ:HASH, as check and the exports print it (a number, a colon, 64 hexadecimal digits)</source>
        <translation>{text!r} אינו ראש של יומן הביקורת: הוא נכתב SEQ:HASH, כפי שהבדיקה והייצוא מדפיסים אותו (מספר, נקודתיים ו-64 ספרות הקסדצימליות)</translation>
    </message>
    <message>
        <source>{path} is a link in a loop of links: nothing was written</source>
        <translation>{path} הוא קישור בלולאת קישורים: דבר לא נכתב</translation>
    </message>
    <message>
        <source>a tag of the page has over {count:,} attributes: not an article page</source>
        <translation>בדף יש תג עם יותר מ-{count:,} מאפיינים: אינו דף כתבה</translation>
    </message>
    <message>
        <source>it holds a number of over {digits:,} digits: not an article file</source>
        <translation>הוא מכיל מספר בן יותר מ-{digits:,} ספרות: אינו קובץ כתבות</translation>
    </message>
    <message>
        <source>it holds no article</source>
        <translation>אין בו אף כתבה</translation>
    </message>
    <message>
        <source>it is a link in a loop of links (or one too long to follow): skipped</source>
        <translation>זהו קישור בלולאת קישורים (או שרשרת ארוכה מכדי לעקוב אחריה): דולג</translation>
    </message>
    <message>
        <source>line {line} holds a number of over {digits:,} digits: not an article</source>
        <translation>שורה {line} מכילה מספר בן יותר מ-{digits:,} ספרות: אינה כתבה</translation>
    </message>
    <message>
        <source>line {line} is not valid UTF-8 text (byte {byte} of the line)</source>
        <translation>שורה {line} אינה טקסט UTF-8 תקין (בית {byte} בשורה)</translation>
    </message>
    <message>
        <source>claim {claim} is the only claim of verdict {verdict}, and a verdict is never deleted</source>
        <translation>טענה {claim} היא הטענה היחידה של הכרעה {verdict}, והכרעה לעולם אינה נמחקת</translation>
    </message>
    <message>
        <source>verdict {id} no longer covers claim(s) {claims}: they were split off its cluster and have no verdict of their own</source>
        <translation>הכרעה {id} כבר אינה חלה על טענה/טענות {claims}: הן הופרדו מהאשכול שלה ואין להן הכרעה משלהן</translation>
    </message>
    <message>
        <source>verdict {id} now also covers claim(s) {claims}</source>
        <translation>הכרעה {id} חלה כעת גם על טענה/טענות {claims}</translation>
    </message>
    <message>
        <source>verdicts {ids} now cover one cluster: keep one with &apos;workbench verdict merge KEEP OTHER&apos;</source>
        <translation>ההכרעות {ids} חלות כעת על אשכול אחד: יש להשאיר אחת מהן בפקודה ⁦&apos;workbench verdict merge KEEP OTHER&apos;⁩</translation>
    </message>
    <message>
        <source>{name!r} reads like {other!r}, a person of the desk already: choose a name that differs in its letters</source>
        <translation>השם {name!r} נקרא כמו {other!r}, שכבר נמצא בצוות: בחרו שם שנבדל באותיותיו</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte {byte} (1 broken byte sequence in an otherwise UTF-8 file); repair or re-save the file as UTF-8</source>
        <translation>UTF-8 לא תקין בבית {byte} (רצף בתים פגום אחד בקובץ שכולו UTF-8 מלבד זאת); יש לתקן את הקובץ או לשמור אותו מחדש כ־UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte {byte} ({count} broken byte sequences in an otherwise UTF-8 file); repair or re-save the file as UTF-8</source>
        <translation>UTF-8 לא תקין בבית {byte} ({count} רצפי בתים פגומים בקובץ שכולו UTF-8 מלבד זאת); יש לתקן את הקובץ או לשמור אותו מחדש כ־UTF-8</translation>
    </message>
    <message>
        <source>it is a 7-Zip archive, not text</source>
        <translation>הקובץ הוא ארכיון 7-Zip, לא טקסט</translation>
    </message>
    <message>
        <source>it is a GIF image, not text</source>
        <translation>הקובץ הוא תמונת GIF, לא טקסט</translation>
    </message>
    <message>
        <source>it is a JPEG image, not text</source>
        <translation>הקובץ הוא תמונת JPEG, לא טקסט</translation>
    </message>
    <message>
        <source>it is a PDF document, not text</source>
        <translation>הקובץ הוא מסמך PDF, לא טקסט</translation>
    </message>
    <message>
        <source>it is a PNG image, not text</source>
        <translation>הקובץ הוא תמונת PNG, לא טקסט</translation>
    </message>
    <message>
        <source>it is a RAR archive, not text</source>
        <translation>הקובץ הוא ארכיון RAR, לא טקסט</translation>
    </message>
    <message>
        <source>it is a RIFF media file (WebP, WAV or AVI), not text</source>
        <translation>הקובץ הוא קובץ מדיה RIFF (WebP, WAV או AVI), לא טקסט</translation>
    </message>
    <message>
        <source>it is a binary file (it contains NUL bytes), not text</source>
        <translation>זהו קובץ בינארי (יש בו בתים NUL), לא טקסט</translation>
    </message>
    <message>
        <source>it is a gzip archive, not text</source>
        <translation>הקובץ הוא ארכיון gzip, לא טקסט</translation>
    </message>
    <message>
        <source>it is a program (ELF binary), not text</source>
        <translation>הקובץ הוא תוכנה (קובץ בינארי ELF), לא טקסט</translation>
    </message>
    <message>
        <source>it is a zip archive (or an office document), not text</source>
        <translation>הקובץ הוא ארכיון zip (או מסמך Office), לא טקסט</translation>
    </message>
    <message>
        <source>it is an SQLite database, not text</source>
        <translation>הקובץ הוא מסד נתונים SQLite, לא טקסט</translation>
    </message>
    <message>
        <source>it is an old Microsoft Office document, not text</source>
        <translation>הקובץ הוא מסמך Microsoft Office ישן, לא טקסט</translation>
    </message>
    <message>
        <source>it is neither valid UTF-8 (byte {byte}) nor text in a known legacy encoding</source>
        <translation>הקובץ אינו UTF-8 תקין (בית {byte}) וגם לא טקסט בקידוד ישן מוכר</translation>
    </message>
    <message>
        <source>it starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte})</source>
        <translation>הקובץ מתחיל בסימן סדר בתים (BOM) של {encoding} אך אינו {encoding} תקין (בית {byte})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>הקובץ ריק</translation>
    </message>
    <message>
        <source>--since {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>הערך של ⁦--since⁩ {value!r} אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--until {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>הערך של ⁦--until⁩ {value!r} אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ClaimReview is for published verdicts only</source>
        <translation>ClaimReview מיועד להכרעות שפורסמו בלבד</translation>
    </message>
    <message>
        <source>language {value}</source>
        <translation>שפה {value}</translation>
    </message>
    <message>
        <source>verdict {id}: the address of article {article}, {url!r}, is not a web address: {reason}; the article is published as an appearance without it</source>
        <translation>הכרעה {id}: הכתובת של כתבה {article}, {url!r}, אינה כתובת אינטרנט: {reason}; הכתבה מתפרסמת בין המקומות שבהם הופיעה הטענה, בלי הכתובת</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>דנית</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>הולנדית</translation>
    </message>
    <message>
        <source>French</source>
        <translation>צרפתית</translation>
    </message>
    <message>
        <source>German</source>
        <translation>גרמנית</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>אינדונזית</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>איטלקית</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>פולנית</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>פורטוגזית</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>רומנית</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ספרדית</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>שוודית</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>טורקית</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>אוקראינית</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>אורדו</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>לא ידועה</translation>
    </message>
    <message>
        <source>it is a device, not a file: skipped</source>
        <translation>זהו התקן, לא קובץ: דולג</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file: skipped</source>
        <translation>זהו צינור בעל שם (FIFO), לא קובץ: דולג</translation>
    </message>
    <message>
        <source>it is a socket, not a file: skipped</source>
        <translation>זהו שקע (socket), לא קובץ: דולג</translation>
    </message>
    <message>
        <source>it is not a regular file: skipped</source>
        <translation>אינו קובץ רגיל: דולג</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (a legacy encoding?): rename the file and import it again</source>
        <translation>שמו אינו UTF-8 תקין (קידוד ישן?): שנו את שם הקובץ וייבאו אותו שוב</translation>
    </message>
    <message>
        <source>its structure is nested too deeply (over {depth} levels) to be an article file</source>
        <translation>המבנה שלו מקונן לעומק רב מדי (יותר מ-{depth} רמות) מכדי להיות קובץ כתבות</translation>
    </message>
    <message>
        <source>its {name} holds a NUL character (U+0000) at line {line}, column {column}: not text; remove it and import again</source>
        <translation>השדה {name} מכיל תו NUL ‏(U+0000) בשורה {line}, עמודה {column}: אינו טקסט; הסירו אותו וייבאו שוב</translation>
    </message>
    <message>
        <source>line {line} is nested too deeply (over {depth} levels) to be an article</source>
        <translation>שורה {line} מקוננת לעומק רב מדי (יותר מ-{depth} רמות) מכדי להיות כתבה</translation>
    </message>
    <message>
        <source>the address of a verdict&apos;s page (review_url)</source>
        <translation>כתובת הדף של הכרעה</translation>
    </message>
    <message>
        <source>the address of a verdict&apos;s page (review_url) needs {{id}} where the verdict&apos;s id goes</source>
        <translation>כתובת הדף של הכרעה צריכה להכיל ⁦{{id}}⁩ במקום שבו יופיע מספר ההכרעה</translation>
    </message>
    <message>
        <source>the organisation&apos;s web site (organisation_url)</source>
        <translation>אתר האינטרנט של הארגון</translation>
    </message>
    <message>
        <source>source {position}: address {url!r} is not a web address: {reason}</source>
        <translation>מקור {position}: הכתובת {url!r} אינה כתובת אינטרנט: {reason}</translation>
    </message>
    <message>
        <source>source {position}: archived copy {url!r} is not a web address: {reason}</source>
        <translation>מקור {position}: כתובת העותק בארכיון {url!r} אינה כתובת אינטרנט: {reason}</translation>
    </message>
    <message>
        <source>{setting} {url!r} is not a web address: {reason}</source>
        <translation>הערך {url!r} של {setting} אינו כתובת אינטרנט: {reason}</translation>
    </message>
    <message>
        <source>ClaimReview needs the organisation&apos;s name and web site: a supervisor sets them in Settings, Organisation, or with &apos;workbench settings set organisation_name NAME&apos; and &apos;workbench settings set organisation_url URL&apos;</source>
        <translation>‏⁦ClaimReview⁩ צריך את שם הארגון ואת אתר האינטרנט שלו: מפקח/ת מגדיר/ה אותם בהגדרות, בלשונית הארגון, או בפקודות ⁦&apos;workbench settings set organisation_name NAME&apos;⁩ ו-⁦&apos;workbench settings set organisation_url URL&apos;⁩</translation>
    </message>
    <message>
        <source>its host holds {character}, which no host name can hold</source>
        <translation>שם המארח שלה מכיל {character}, תו שאינו יכול להופיע בשם מארח</translation>
    </message>
    <message>
        <source>its port {port!r} is not a number</source>
        <translation>הפורט שלה {port!r} אינו מספר</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses with a host are accepted</source>
        <translation>רק כתובות ⁦http://⁩ ו-⁦https://⁩ עם שם מארח מתקבלות</translation>
    </message>
    <message>
        <source>{url!r} is not a web address: {reason}</source>
        <translation>{url!r} אינה כתובת אינטרנט: {reason}</translation>
    </message>
    <message>
        <source>nothing to export: no {verdicts}; nothing was written (for a file with the headers only, tick &apos;still write a file&apos; in the export dialog, or add --empty-ok to the command)</source>
        <translation>אין מה לייצא: אין {verdicts}; דבר לא נכתב (לקובץ עם הכותרות בלבד, יש לסמן „אם אין התאמות, לכתוב בכל זאת קובץ עם הכותרות” בחלון הייצוא, או להוסיף ⁦--empty-ok⁩ לפקודה)</translation>
    </message>
    <message>
        <source>published or approved verdicts</source>
        <translation>הכרעות שפורסמו או שאושרו</translation>
    </message>
    <message>
        <source>published verdicts</source>
        <translation>הכרעות שפורסמו</translation>
    </message>
    <message>
        <source>rating {value}</source>
        <translation>דירוג {value}</translation>
    </message>
    <message>
        <source>since {value}</source>
        <translation>החל מ-{value}</translation>
    </message>
    <message>
        <source>tag {value}</source>
        <translation>תגית {value}</translation>
    </message>
    <message>
        <source>until {value}</source>
        <translation>עד {value}</translation>
    </message>
    <message>
        <source>verdict {id}: rating {rating!r} is no longer in the rating scale, and ClaimReview needs its value; not published (give the rating its value again, retired if need be: &apos;workbench rating set &quot;{rating}&quot; VALUE --retire&apos;)</source>
        <translation>הכרעה {id}: הדירוג {rating!r} כבר אינו בסולם הדירוגים, ו-ClaimReview זקוק לערך שלו; ההכרעה לא פורסמה (יש לתת לדירוג שוב את ערכו, ואם צריך לסמן אותו כמוצא משימוש: ⁦&apos;workbench rating set &quot;{rating}&quot; VALUE --retire&apos;⁩)</translation>
    </message>
    <message>
        <source>verdict {id}: rating {rating!r} is no longer in the rating scale; exported without a value</source>
        <translation>הכרעה {id}: הדירוג {rating!r} כבר אינו בסולם הדירוגים; ההכרעה יוצאה ללא ערך</translation>
    </message>
    <message>
        <source>{verdicts}, {condition}</source>
        <translation>{verdicts}, {condition}</translation>
    </message>
    <message>
        <source>glossary concept {concept!r}: use letters, digits and _ only</source>
        <translation>מושג המילון {concept!r}: יש להשתמש באותיות, בספרות וב-_ בלבד</translation>
    </message>
    <message>
        <source>glossary term {term!r}: at most {count} words</source>
        <translation>מונח המילון {term!r}: לכל היותר {count} מילים</translation>
    </message>
    <message>
        <source>glossary term {term!r}: it has no letters or digits</source>
        <translation>מונח המילון {term!r}: אין בו אותיות או ספרות</translation>
    </message>
    <message>
        <source>there is no article {id}</source>
        <translation>לא קיימת כתבה {id}</translation>
    </message>
    <message>
        <source>a link decision is &apos;same&apos; or &apos;different&apos;, not {decision!r}</source>
        <translation>החלטת קישור היא &apos;same&apos; או &apos;different&apos;, לא {decision!r}</translation>
    </message>
    <message>
        <source>a link decision needs the name of the person who made it</source>
        <translation>החלטת קישור צריכה את שם האדם שקיבל אותה</translation>
    </message>
    <message>
        <source>claim {id} cannot be linked to itself</source>
        <translation>אי אפשר לקשר את טענה {id} לעצמה</translation>
    </message>
    <message>
        <source>claims {a} and {b} stay in one cluster through other links: split one of them off the cluster instead</source>
        <translation>הטענות {a} ו־{b} נשארות באשכול אחד דרך קישורים אחרים: במקום זאת יש להפריד אחת מהן מהאשכול</translation>
    </message>
    <message>
        <source>there is no claim {ref!r} (neither an id nor an imported external id)</source>
        <translation>לא קיימת טענה {ref!r} (לא כמזהה וגם לא כמזהה חיצוני מיובא)</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>נדרש שם</translation>
    </message>
    <message>
        <source>only a supervisor may add people or change a role (acting: nobody)</source>
        <translation>רק מפקח/ת רשאי/ת להוסיף אנשים או לשנות תפקיד (מבצע/ת הפעולה: אף אחד)</translation>
    </message>
    <message>
        <source>only a supervisor may add people or change a role (acting: {by})</source>
        <translation>רק מפקח/ת רשאי/ת להוסיף אנשים או לשנות תפקיד (מבצע/ת הפעולה: {by})</translation>
    </message>
    <message>
        <source>role must be one of {roles}, not {role!r}</source>
        <translation>התפקיד חייב להיות אחד מאלה: {roles}, ולא {role!r}</translation>
    </message>
    <message>
        <source>{name!r} is not a person of this desk: add them with &apos;workbench user add {name} --role checker|supervisor&apos;</source>
        <translation>{name!r} אינו/ה חבר/ה בדסק הזה: יש להוסיף אותו/ה באמצעות ⁦&apos;workbench user add {name} --role checker|supervisor&apos;⁩</translation>
    </message>
    <message>
        <source>{name} cannot change their own role: another supervisor must</source>
        <translation>{name} אינו/ה יכול/ה לשנות את התפקיד של עצמו/ה: מפקח/ת אחר/ת צריך/ה לעשות זאת</translation>
    </message>
    <message>
        <source>&apos;language&apos; should be a code such as ar, he or en, not {value!r}</source>
        <translation>&apos;language&apos; צריך להיות קוד כמו ar, he או en, לא {value!r}</translation>
    </message>
    <message>
        <source>&apos;published&apos; is not a date: {value!r}</source>
        <translation>&apos;published&apos; אינו תאריך: {value!r}</translation>
    </message>
    <message>
        <source>CSV line {line} has {count} fields where the header has {header}</source>
        <translation>בשורת CSV {line} יש {count} שדות, ובשורת הכותרת {header}</translation>
    </message>
    <message>
        <source>CSV line {line}: {trouble}</source>
        <translation>שורת CSV {line}: {trouble}</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is never closed</source>
        <translation>מירכאות שנפתחו בשורה הזו לא נסגרות</translation>
    </message>
    <message>
        <source>a quoted field runs on to line {line} and swallows what look like rows of their own (a missing quotation mark?)</source>
        <translation>שדה במירכאות נמשך עד שורה {line} ובולע שורות שנראות כרשומות בפני עצמן (חסרות מירכאות?)</translation>
    </message>
    <message>
        <source>cannot be parsed ({error})</source>
        <translation>לא ניתן לפענח אותה ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>לא ניתן לקרוא אותו: {reason}</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; holds \u{code:04x} at character {position}, half of a UTF-16 pair without its other half: not text</source>
        <translation>השדה &apos;{name}&apos; מכיל \u{code:04x} בתו {position}, חצי מזוג UTF-16 בלי החצי השני: זה אינו טקסט</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; should be text, not {type}</source>
        <translation>השדה &apos;{name}&apos; צריך להיות טקסט, לא {type}</translation>
    </message>
    <message>
        <source>it has no &apos;text&apos; field</source>
        <translation>אין שדה &apos;text&apos;</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>אין טקסט</translation>
    </message>
    <message>
        <source>its &apos;text&apos; field is empty or not text</source>
        <translation>השדה &apos;text&apos; ריק או אינו טקסט</translation>
    </message>
    <message>
        <source>line {line} is not a JSON object</source>
        <translation>שורה {line} אינה אובייקט JSON</translation>
    </message>
    <message>
        <source>line {line} is not valid JSON at column {column} ({error})</source>
        <translation>שורה {line} אינה JSON תקין בעמודה {column} ({error})</translation>
    </message>
    <message>
        <source>no article text was found in the HTML</source>
        <translation>לא נמצא טקסט של כתבה בקובץ ה־HTML</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>אין קובץ או תיקייה כאלה</translation>
    </message>
    <message>
        <source>not a JSON object with &apos;title&apos; and &apos;text&apos;</source>
        <translation>אינו אובייקט JSON עם &apos;title&apos; ו־&apos;text&apos;</translation>
    </message>
    <message>
        <source>not valid JSON: {error} at line {line}, column {column}</source>
        <translation>אינו JSON תקין: {error} בשורה {line}, עמודה {column}</translation>
    </message>
    <message>
        <source>the CSV file is empty</source>
        <translation>קובץ ה־CSV ריק</translation>
    </message>
    <message>
        <source>the CSV header has no &apos;text&apos; column (columns: {columns})</source>
        <translation>בשורת הכותרת של קובץ ה־CSV אין עמודה &apos;text&apos; (העמודות: {columns})</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB, over the {limit} MB limit for an article; split it into one file per article, or import it as JSONL or CSV records</source>
        <translation>גודל הקובץ {size:.0f} MB, מעל המגבלה של {limit} MB לכתבה אחת; יש לפצל אותו לקובץ אחד לכל כתבה, או לייבא אותו כרשומות JSONL או CSV</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB, over the {limit} MB limit for one file; split it</source>
        <translation>גודל הקובץ {size:.0f} MB, מעל המגבלה של {limit} MB לקובץ אחד; יש לפצל אותו</translation>
    </message>
    <message>
        <source>the text has {count:,} characters, over the {limit:,} limit for one article</source>
        <translation>בטקסט {count:,} תווים, מעל המגבלה של {limit:,} לכתבה אחת</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {types})</source>
        <translation>סוג הקובץ &apos;{suffix}&apos; אינו נתמך (נתמכים: {types})</translation>
    </message>
    <message>
        <source>unsupported file: its name has no file type such as .txt (supported: {types})</source>
        <translation>קובץ שאינו נתמך: בשמו אין סוג קובץ כמו ⁦.txt⁩ (נתמכים: {types})</translation>
    </message>
    <message>
        <source>{path} (record {record})</source>
        <translation>{path} (רשומה {record})</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 שבועות</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 ימים</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 ימים</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>פחות מיום</translation>
    </message>
    <message>
        <source>&gt; 2 weeks</source>
        <translation>יותר משבועיים</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>ערבית</translation>
    </message>
    <message>
        <source>Desk dashboard</source>
        <translation>לוח הבקרה של הדסק</translation>
    </message>
    <message>
        <source>Desk dashboard · {n} verdicts · {stamp}</source>
        <translation>לוח הבקרה של הדסק · הכרעות: {n} · {stamp}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>אנגלית</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>עברית</translation>
    </message>
    <message>
        <source>Most-repeated claims across articles</source>
        <translation>הטענות החוזרות ביותר בין כתבות</translation>
    </message>
    <message>
        <source>No claim has been linked to the same claim in another article yet</source>
        <translation>עדיין לא קושרה אף טענה לאותה טענה בכתבה אחרת</translation>
    </message>
    <message>
        <source>No languages recorded</source>
        <translation>לא נרשמו שפות</translation>
    </message>
    <message>
        <source>No verdicts yet.</source>
        <translation>עדיין אין הכרעות.</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>פרסית</translation>
    </message>
    <message>
        <source>{path} is not a regular file: it is left as it is</source>
        <translation>{path} אינו קובץ רגיל: הוא נשאר כפי שהוא</translation>
    </message>
    <message>
        <source>{path} is read-only: it is kept as it is (make it writable, or give another name)</source>
        <translation>{path} לקריאה בלבד: הוא נשמר כפי שהוא (אפשרו בו כתיבה, או תנו שם אחר)</translation>
    </message>
    <message>
        <source>the CSV rows kept for {count} verdict(s) ({ids}) are not current: they were changed outside the workbench; run &apos;workbench reindex&apos;</source>
        <translation>שורות ה-CSV השמורות עבור {count} הכרעות ({ids}) אינן עדכניות: הן שונו מחוץ לשולחן העבודה; הריצו &apos;workbench reindex&apos;</translation>
    </message>
    <message>
        <source>the database&apos;s trigger {name} is missing: it was dropped outside the workbench, and the CSV export can miss changes</source>
        <translation>הטריגר {name} חסר במסד הנתונים: הוא נמחק מחוץ לשולחן העבודה, וייצוא ה-CSV עלול להחמיץ שינויים</translation>
    </message>
    <message>
        <source>the search index: SQLite checks it by writing, and the database is opened read-only</source>
        <translation>אינדקס החיפוש: SQLite בודק אותו בכתיבה, ומסד הנתונים פתוח לקריאה בלבד</translation>
    </message>
    <message>
        <source>article {name!r}: the file holds {count} articles; name one as {first} … {last}</source>
        <translation>המאמר {name!r}: בקובץ {count} מאמרים; יש לציין אחד מהם: {first} … {last}</translation>
    </message>
    <message>
        <source>pair {a} / {b}: {reason}</source>
        <translation>הזוג {a} / {b}: {reason}</translation>
    </message>
    <message>
        <source>claim {id} cannot be restored: it is there already</source>
        <translation>אי אפשר לשחזר את הטענה {id}: היא כבר קיימת</translation>
    </message>
    <message>
        <source>claim {claim} is covered by verdict {id}, which is {state}: only a supervisor may change a claim an approved or published verdict covers (its quote, statement and tags are published with it)</source>
        <translation>טענה {claim} נכללת בהכרעה {id}, וההכרעה {state}: רק מפקח/ת רשאי/ת לשנות טענה שהכרעה שאושרה או שפורסמה חלה עליה (הציטוט, הניסוח והתגיות שלה מתפרסמים עם ההכרעה)</translation>
    </message>
    <message>
        <source>that would change which claims verdict {id} covers (claim(s) {claims}), and it is {state}: only a supervisor may change what an approved or published verdict covers</source>
        <translation>הפעולה תשנה את הטענות שהכרעה {id} חלה עליהן (טענה/טענות {claims}), וההכרעה {state}: רק מפקח/ת רשאי/ת לשנות את מה שהכרעה שאושרה או שפורסמה חלה עליו</translation>
    </message>
    <message>
        <source>the period starts on {since}, after it ends on {until}: no date is in it</source>
        <translation>התקופה מתחילה ב-{since}, אחרי שהיא מסתיימת ב-{until}: אין בה אף תאריך</translation>
    </message>
    <message>
        <source>glossary term {term!r}: {language!r} is not a language the library tells apart (ar, he, en, fa, ru…)</source>
        <translation>מונח המילון {term!r}: ‏{language!r} אינה שפה שהספרייה מבחינה בה (ar, he, en, fa, ru…)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>רוסית</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&apos;url&apos; {value!r} is not a web address: {reason}</source>
        <translation>השדה &apos;url&apos; שערכו {value!r} אינו כתובת אינטרנט: {reason}</translation>
    </message>
    <message>
        <source>The charts fill in as the desk writes, reviews and publishes verdicts.
Generated {stamp}.</source>
        <translation>התרשימים מתמלאים ככל שהדסק כותב, בודק ומפרסם הכרעות.
נוצר {stamp}.</translation>
    </message>
    <message>
        <source>Verdicts by language of their claims</source>
        <translation>הכרעות לפי שפת הטענות שלהן</translation>
    </message>
    <message>
        <source>Verdicts by rating</source>
        <translation>הכרעות לפי דירוג</translation>
    </message>
    <message>
        <source>Verdicts published per week</source>
        <translation>הכרעות שפורסמו בכל שבוע</translation>
    </message>
    <message>
        <source>Waiting for review: {n}</source>
        <translation>ממתינות לבדיקה: {n}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>שבוע {week}</translation>
    </message>
    <message>
        <source>a report is a .pdf or .png file, not a file without a suffix ({name})</source>
        <translation>דוח הוא קובץ ⁦.pdf⁩ או ⁦.png⁩, לא קובץ ללא סיומת ({name})</translation>
    </message>
    <message>
        <source>a report is a .pdf or .png file, not {suffix!r} ({name})</source>
        <translation>דוח הוא קובץ ⁦.pdf⁩ או ⁦.png⁩, לא {suffix!r} ({name})</translation>
    </message>
    <message>
        <source>articles the claim appears in</source>
        <translation>כתבות שבהן הטענה מופיעה</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>ללא הכרעה</translation>
    </message>
    <message>
        <source>the dashboard shows at least one week, not {weeks}</source>
        <translation>לוח המחוונים מציג לפחות שבוע אחד, לא {weeks}</translation>
    </message>
    <message>
        <source>time since submission</source>
        <translation>הזמן מאז ההגשה</translation>
    </message>
    <message>
        <source>{day} Apr</source>
        <translation>{day} באפר׳</translation>
    </message>
    <message>
        <source>{day} Aug</source>
        <translation>{day} באוג׳</translation>
    </message>
    <message>
        <source>{day} Dec</source>
        <translation>{day} בדצמ׳</translation>
    </message>
    <message>
        <source>{day} Feb</source>
        <translation>{day} בפבר׳</translation>
    </message>
    <message>
        <source>{day} Jan</source>
        <translation>{day} בינו׳</translation>
    </message>
    <message>
        <source>{day} Jul</source>
        <translation>{day} ביולי</translation>
    </message>
    <message>
        <source>{day} Jun</source>
        <translation>{day} ביוני</translation>
    </message>
    <message>
        <source>{day} Mar</source>
        <translation>{day} במרץ</translation>
    </message>
    <message>
        <source>{day} May</source>
        <translation>{day} במאי</translation>
    </message>
    <message>
        <source>{day} Nov</source>
        <translation>{day} בנוב׳</translation>
    </message>
    <message>
        <source>{day} Oct</source>
        <translation>{day} באוק׳</translation>
    </message>
    <message>
        <source>{day} Sep</source>
        <translation>{day} בספט׳</translation>
    </message>
    <message>
        <source>the search index cannot be read ({error}); run &apos;workbench reindex&apos;</source>
        <translation>לא ניתן לקרוא את אינדקס החיפוש ({error}); יש להריץ ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>only a supervisor may change the desk&apos;s settings; {who} is not one</source>
        <translation>רק מפקח/ת רשאי/ת לשנות את הגדרות הדסק; {who} אינו/ה מפקח/ת</translation>
    </message>
    <message>
        <source>the address of a verdict&apos;s page (review_url) holds {placeholder}; {{id}} is the only one it may hold</source>
        <translation>כתובת הדף של הכרעה מכילה ⁦{placeholder}⁩; מותר בה רק ⁦{{id}}⁩</translation>
    </message>
    <message>
        <source>unknown setting {key!r}; the settings are: {keys}</source>
        <translation>הגדרה לא ידועה {key!r}; ההגדרות הן: {keys}</translation>
    </message>
    <message>
        <source>source {position} needs a web address or an article of the library</source>
        <translation>מקור {position} צריך כתובת אינטרנט או כתבה מהספרייה</translation>
    </message>
    <message>
        <source>source {position}: address is {length} characters long; the limit is {limit}</source>
        <translation>מקור {position}: אורך הכתובת {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>source {position}: archived copy is {length} characters long; the limit is {limit}</source>
        <translation>מקור {position}: אורך כתובת העותק בארכיון {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>source {position}: date accessed {value!r} is in the future</source>
        <translation>מקור {position}: תאריך הצפייה {value!r} הוא בעתיד</translation>
    </message>
    <message>
        <source>source {position}: date accessed {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>מקור {position}: תאריך הצפייה {value!r} אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>source {position}: date published {value!r} is in the future</source>
        <translation>מקור {position}: תאריך הפרסום {value!r} הוא בעתיד</translation>
    </message>
    <message>
        <source>source {position}: date published {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>מקור {position}: תאריך הפרסום {value!r} אינו תאריך (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>source {position}: stance is &apos;supports&apos; or &apos;contradicts&apos;, not {stance!r}</source>
        <translation>מקור {position}: העמדה היא &apos;supports&apos; (תומך) או &apos;contradicts&apos; (סותר), ולא {stance!r}</translation>
    </message>
    <message>
        <source>source {position}: the publisher is {length} characters long; the limit is {limit}</source>
        <translation>מקור {position}: אורך שם המפרסם {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>source {position}: the quoted passage is {length} characters long; the limit is {limit}</source>
        <translation>מקור {position}: אורך הקטע המצוטט {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>source {position}: the title is {length} characters long; the limit is {limit}</source>
        <translation>מקור {position}: אורך הכותרת {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>source {position}: there is no article {article} in the library</source>
        <translation>מקור {position}: אין כתבה {article} בספרייה</translation>
    </message>
    <message>
        <source>{setting} is {length} characters long; the limit is {limit}</source>
        <translation>האורך של {setting} הוא {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>לא ניתן לפתוח את מסד הנתונים {path}: {reason}</translation>
    </message>
    <message>
        <source>database error on {path}: {reason}</source>
        <translation>שגיאה במסד הנתונים {path}: {reason}</translation>
    </message>
    <message>
        <source>the database {path} cannot be written (read-only file or folder)</source>
        <translation>לא ניתן לכתוב למסד הנתונים {path} (קובץ או תיקייה לקריאה בלבד)</translation>
    </message>
    <message>
        <source>the database {path} is read-only and needs an upgrade this version must write</source>
        <translation>מסד הנתונים {path} הוא לקריאה בלבד, והוא זקוק לשדרוג שגרסה זו צריכה לכתוב</translation>
    </message>
    <message>
        <source>the disk holding {path} could not be read or written (is it full, unplugged or failing?): nothing was written; free some space or check the disk, and try again</source>
        <translation>לא ניתן היה לקרוא מהדיסק שבו נמצא {path} או לכתוב אליו (האם הוא מלא, מנותק או תקול?): דבר לא נכתב; יש לפנות מקום או לבדוק את הדיסק, ולנסות שוב</translation>
    </message>
    <message>
        <source>the disk holding {path} is full (or the database reached its size limit): nothing was written; free some space and try again</source>
        <translation>הדיסק שבו נמצא {path} מלא (או שמסד הנתונים הגיע למגבלת הגודל שלו): דבר לא נכתב; יש לפנות מקום ולנסות שוב</translation>
    </message>
    <message>
        <source>the library {path} is busy: another window, person or program is writing to it (waited {seconds} s); nothing was written: try again in a moment</source>
        <translation>הספרייה {path} תפוסה: חלון אחר, אדם אחר או תוכנה כותבים אליה (המתנו {seconds} ש&apos;); דבר לא נכתב: נסו שוב בעוד רגע</translation>
    </message>
    <message>
        <source>there is no database at {path} yet; &apos;workbench import PATH&apos; creates it</source>
        <translation>עדיין אין מסד נתונים ב-{path}; הפקודה ⁦&apos;workbench import PATH&apos;⁩ יוצרת אותו</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} היא תיקייה, ולא קובץ מסד נתונים</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program (tables: {tables}); refusing to change it</source>
        <translation>{path} הוא מסד נתונים של SQLite השייך לתוכנה אחרת (טבלאות: {tables}); לא נשנה אותו</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); refusing to touch it</source>
        <translation>{path} אינו קובץ רגיל (התקן, צינור או שקע); לא ניגע בו</translation>
    </message>
    <message>
        <source>{path} is not a workbench database (or is damaged): {reason}</source>
        <translation>{path} אינו מסד נתונים של שולחן העבודה (או שהוא פגום): {reason}</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database; refusing to touch it</source>
        <translation>{path} אינו מסד נתונים של SQLite; לא ניגע בו</translation>
    </message>
    <message>
        <source>the file is {size:,} KB, over the {limit:,} KB limit</source>
        <translation>גודל הקובץ {size:,} KB, מעל המגבלה של {limit:,} KB</translation>
    </message>
    <message>
        <source>a rating needs a label</source>
        <translation>דירוג צריך תווית</translation>
    </message>
    <message>
        <source>checker: {old!r} -&gt; {new!r}</source>
        <translation>בודק/ת: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>comment: {old!r} -&gt; {new!r}</source>
        <translation>הערה: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>סותר</translation>
    </message>
    <message>
        <source>only a supervisor may change the rating scale; {who} is not one</source>
        <translation>רק מפקח/ת רשאי/ת לשנות את סולם הדירוגים; {who} אינו/ה מפקח/ת</translation>
    </message>
    <message>
        <source>only a supervisor may merge a verdict that was approved or published</source>
        <translation>רק מפקח/ת רשאי/ת למזג הכרעה שאושרה או שפורסמה</translation>
    </message>
    <message>
        <source>rating {label!r}: its value must be a number, not {value}</source>
        <translation>הדירוג {label!r}: ערכו חייב להיות מספר, לא {value}</translation>
    </message>
    <message>
        <source>rating: {old!r} -&gt; {new!r}</source>
        <translation>דירוג: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>source added: article {article} ({stance})</source>
        <translation>מקור נוסף: כתבה {article} ({stance})</translation>
    </message>
    <message>
        <source>source added: article {article} ({stance}) {title!r}</source>
        <translation>מקור נוסף: כתבה {article} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source added: {url} ({stance})</source>
        <translation>מקור נוסף: {url} ({stance})</translation>
    </message>
    <message>
        <source>source added: {url} ({stance}) {title!r}</source>
        <translation>מקור נוסף: {url} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source removed: article {article} ({stance})</source>
        <translation>מקור הוסר: כתבה {article} ({stance})</translation>
    </message>
    <message>
        <source>source removed: article {article} ({stance}) {title!r}</source>
        <translation>מקור הוסר: כתבה {article} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source removed: {url} ({stance})</source>
        <translation>מקור הוסר: {url} ({stance})</translation>
    </message>
    <message>
        <source>source removed: {url} ({stance}) {title!r}</source>
        <translation>מקור הוסר: {url} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source {position} repeats source {original}</source>
        <translation>מקור {position} חוזר על מקור {original}</translation>
    </message>
    <message>
        <source>state: {old!r} -&gt; {new!r}</source>
        <translation>מצב: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>summary: {old!r} -&gt; {new!r}</source>
        <translation>תקציר: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>תומך</translation>
    </message>
    <message>
        <source>the rationale is {length:,} characters long; the limit is {limit:,}</source>
        <translation>אורך הנימוק {length:,} תווים; המגבלה היא {limit:,}</translation>
    </message>
    <message>
        <source>the summary is empty: say the verdict in one line</source>
        <translation>התקציר ריק: יש לנסח את ההכרעה בשורה אחת</translation>
    </message>
    <message>
        <source>the summary is one line; put paragraphs in the rationale</source>
        <translation>התקציר צריך להיות שורה אחת; את הפסקאות יש לכתוב בנימוק</translation>
    </message>
    <message>
        <source>the summary is {length} characters long; the limit is {limit}</source>
        <translation>אורך התקציר {length} תווים; המגבלה היא {limit}</translation>
    </message>
    <message>
        <source>the verdict you opened no longer covers claim {claim}: reload</source>
        <translation>ההכרעה שפתחת כבר אינה חלה על טענה {claim}: יש לטעון מחדש</translation>
    </message>
    <message>
        <source>the {name} holds a control character (U+{code:04X}, character {position}), which is invisible and cannot be published: remove it</source>
        <translation>השדה {name} מכיל תו בקרה (U+{code:04X}, תו {position}), שאינו נראה ואי אפשר לפרסם אותו: יש למחוק אותו</translation>
    </message>
    <message>
        <source>the {name} holds a line break or a tab: a name is one line</source>
        <translation>ה{name} מכיל מעבר שורה או טאב: שם הוא שורה אחת</translation>
    </message>
    <message>
        <source>the {name} holds an invisible character (U+{code:04X}, character {position}), which would make it look like another: remove it</source>
        <translation>ה{name} מכיל תו בלתי נראה (U+{code:04X}, תו {position}) שעלול לגרום לו להיראות כמו אחר: הסירו אותו</translation>
    </message>
    <message>
        <source>the {name} holds bytes that are not UTF-8 text (character {position}): type it again, or set the terminal to UTF-8</source>
        <translation>השדה {name} מכיל בתים שאינם טקסט UTF-8 (תו {position}): יש להקליד אותו שוב, או להגדיר את המסוף ל-UTF-8</translation>
    </message>
    <message>
        <source>there is no verdict {id}</source>
        <translation>אין הכרעה {id}</translation>
    </message>
    <message>
        <source>unknown rating {rating!r}: the scale writes it {label!r}; the scale is: {offered}</source>
        <translation>דירוג לא ידוע {rating!r}: הסולם כותב אותו {label!r}; סולם הדירוגים הוא: {offered}</translation>
    </message>
    <message>
        <source>unknown rating {rating!r}; the scale is: {offered}</source>
        <translation>דירוג לא ידוע {rating!r}; סולם הדירוגים הוא: {offered}</translation>
    </message>
    <message>
        <source>verdict {ids} covers the same cluster: merge them</source>
        <translation>הכרעה {ids} חלה על אותו אשכול: יש למזג אותן</translation>
    </message>
    <message>
        <source>verdict {id} cannot be merged into itself: give the verdict to keep and the other one (workbench verdict show lists its conflicts)</source>
        <translation>אי אפשר למזג את הכרעה {id} לתוך עצמה: ציינו את ההכרעה שנשארת ואת האחרת (workbench verdict show מציג את ההתנגשויות שלה)</translation>
    </message>
    <message>
        <source>verdict {id} differs from its revision {revision} (changed outside the workbench, or the revision is missing)</source>
        <translation>הכרעה {id} אינה תואמת לגרסה {revision} שלה (היא שונתה מחוץ לשולחן העבודה, או שהגרסה חסרה)</translation>
    </message>
    <message>
        <source>verdict {id} revision {revision} differs from what the audit log recorded of it</source>
        <translation>גרסה {revision} של הכרעה {id} שונה ממה שתועד עליה ביומן הביקורת</translation>
    </message>
    <message>
        <source>verdict {id} was changed by {actor} ({action}, revision {revision}, {at}) since you opened revision {expected}: reload it to see that change, then make yours again</source>
        <translation>הכרעה {id} שונתה על ידי {actor} ({action}, גרסה {revision}, {at}) מאז שפתחת את גרסה {expected}: יש לטעון אותה מחדש כדי לראות את השינוי, ואז לבצע את השינוי שלך שוב</translation>
    </message>
    <message>
        <source>verdict {other} was merged into verdict {into} already</source>
        <translation>הכרעה {other} כבר מוזגה להכרעה {into}</translation>
    </message>
    <message>
        <source>verdicts {ids} cover the same cluster: merge them</source>
        <translation>ההכרעות {ids} חלות על אותו אשכול: יש למזג אותן</translation>
    </message>
    <message>
        <source>verdicts {ids} cover this claim&apos;s cluster: merge them first (&apos;workbench verdict merge KEEP OTHER&apos;)</source>
        <translation>ההכרעות {ids} חלות על האשכול של הטענה הזו: יש למזג אותן קודם (⁦&apos;workbench verdict merge KEEP OTHER&apos;⁩)</translation>
    </message>
    <message>
        <source>verdicts {keep} and {other} do not cover one cluster: nothing to merge</source>
        <translation>ההכרעות {keep} ו-{other} אינן חלות על אשכול אחד: אין מה למזג</translation>
    </message>
    <message>
        <source>{checker} wrote verdict {id} on this claim&apos;s cluster meanwhile: reload it and revise it instead</source>
        <translation>הכרעה {id} על האשכול של הטענה הזו נכתבה בינתיים על ידי {checker}: יש לטעון אותה מחדש ולערוך אותה במקום זאת</translation>
    </message>
    <message>
        <source>it is approved: a supervisor returns it first</source>
        <translation>היא אושרה: מפקח/ת מחזיר/ה אותה קודם</translation>
    </message>
    <message>
        <source>it is not approved yet</source>
        <translation>היא עדיין לא אושרה</translation>
    </message>
    <message>
        <source>it is published: a supervisor reopens it as a new revision</source>
        <translation>היא פורסמה: מפקח/ת פותח/ת אותה מחדש כגרסה חדשה</translation>
    </message>
    <message>
        <source>it is submitted and waiting for review: withdraw it first</source>
        <translation>היא הוגשה וממתינה לבדיקה: יש למשוך אותה קודם</translation>
    </message>
    <message>
        <source>it is {state}</source>
        <translation>מצבה: {state}</translation>
    </message>
    <message>
        <source>it was merged into another verdict</source>
        <translation>היא מוזגה להכרעה אחרת</translation>
    </message>
    <message>
        <source>it was returned: revise it first (it goes back to draft)</source>
        <translation>היא הוחזרה: יש לערוך אותה קודם (היא חוזרת לטיוטה)</translation>
    </message>
    <message>
        <source>only a supervisor may {action} a verdict; {who} is a {role}</source>
        <translation>רק מפקח/ת רשאי/ת לבצע {action} של הכרעה; התפקיד של {who}: {role}</translation>
    </message>
    <message>
        <source>returning a verdict needs a comment saying what to change</source>
        <translation>החזרת הכרעה דורשת הערה שמפרטת מה לשנות</translation>
    </message>
    <message>
        <source>unknown action {action!r}; one of {actions}</source>
        <translation>פעולה לא מוכרת {action!r}; האפשרויות: {actions}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be approved: {why}</source>
        <translation>לא ניתן לאשר את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be changed: {why}</source>
        <translation>לא ניתן לשנות את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be published: {why}</source>
        <translation>לא ניתן לפרסם את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be reopened: {why}</source>
        <translation>לא ניתן לפתוח מחדש את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be returned: {why}</source>
        <translation>לא ניתן להחזיר את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be submitted: {why}</source>
        <translation>לא ניתן להגיש את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be withdrawn: {why}</source>
        <translation>לא ניתן למשוך את הכרעה {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} has no source: add at least one before submitting</source>
        <translation>להכרעה {id} אין מקור: יש להוסיף לפחות מקור אחד לפני ההגשה</translation>
    </message>
    <message>
        <source>{who} wrote or submitted verdict {id} and cannot approve it too: another supervisor must (four-eyes rule)</source>
        <translation>{who} כתב/ה או הגיש/ה את הכרעה {id} ולכן אינו/ה יכול/ה גם לאשר אותה: מפקח/ת אחר/ת חייב/ת לאשר (כלל ארבע העיניים)</translation>
    </message>
</context>
<context>
    <name>core term</name>
    <message>
        <source>draft</source>
        <translation>טיוטה</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>הוגשה</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>אושרה</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>הוחזרה</translation>
    </message>
    <message>
        <source>published</source>
        <translation>פורסמה</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>מוזגה</translation>
    </message>
    <message>
        <source>checker</source>
        <translation>בודק/ת</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>מפקח/ת</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>הגשה</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>משיכה</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>אישור</translation>
    </message>
    <message>
        <source>return</source>
        <translation>החזרה</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>פרסום</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>פתיחה מחדש</translation>
    </message>
    <message>
        <source>create</source>
        <translation>יצירה</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>מיזוג</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>התקציר</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>הנימוק</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>ההערה</translation>
    </message>
    <message>
        <source>title</source>
        <translation>הכותרת</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ההערה</translation>
    </message>
    <message>
        <source>name</source>
        <translation>השם</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>הכתובת</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>מפרסם</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>קטע</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>ניסוח</translation>
    </message>
    <message>
        <source>term</source>
        <translation>מונח</translation>
    </message>
</context>
</TS>
