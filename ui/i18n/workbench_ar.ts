<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ArticleTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Lang</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <source>The backup you asked for was not made: {why}</source>
        <translation>لم تُنشأ النسخة الاحتياطية التي طلبتها: {why}</translation>
    </message>
    <message>
        <source>The scheduled backup was not made: {why}</source>
        <translation>لم تُنشأ النسخة الاحتياطية المجدولة: {why}</translation>
    </message>
</context>
<context>
    <name>ClaimOps</name>
    <message>
        <source>Mark claim</source>
        <translation>تحديد ادعاء</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Resize claim</source>
        <translation>تغيير نطاق الادعاء</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>تعديل الادعاء</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <source>Different claim</source>
        <translation>ادعاء مختلف</translation>
    </message>
</context>
<context>
    <name>ClaimPane</name>
    <message>
        <source>Claims of this article</source>
        <translation>ادعاءات هذا المقال</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>The claim in your own words (any language)</source>
        <translation>الادعاء بصياغتك (بأي لغة)</translation>
    </message>
    <message>
        <source>Canonical statement</source>
        <translation>الصياغة المعتمدة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Save the claim&apos;s changes</source>
        <translation>حفظ تغييرات الادعاء</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>المدقق</translation>
    </message>
    <message>
        <source>Select text in the article and press Ctrl+M to mark a claim.</source>
        <translation>حدّد نصًا في المقال واضغط Ctrl+M لتحديده ادعاءً.</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>رقمي</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>نفي</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>توقّع</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>محدَّد</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>قيد التحقق</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>صدر الحكم</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>{lang} · {n} claim(s)</source>
        <translation>{lang} · عدد الادعاءات: {n}</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>What should the checker change? (any language)</source>
        <translation>ما الذي ينبغي للمدقق تغييره؟ (بأي لغة)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>إرسال (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Write a comment first: say what to change.</source>
        <translation>اكتب تعليقًا أولًا: قل ما الذي يجب تغييره.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Desk dashboard</source>
        <translation>لوحة متابعة الفريق</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>رسوم لوحة المتابعة</translation>
    </message>
    <message>
        <source>Verdicts by rating, by language, published per week, waiting for review by age, and the most-repeated claims</source>
        <translation>الأحكام حسب التقييم وحسب اللغة، والمنشور منها كل أسبوع، والمنتظر للمراجعة حسب مدة الانتظار، والادعاءات الأكثر تكرارًا</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>حالة لوحة المتابعة</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> أسبوعًا</translation>
    </message>
    <message>
        <source>Weeks of publications shown</source>
        <translation>عدد أسابيع المنشورات المعروضة</translation>
    </message>
    <message>
        <source>How many weeks the publications chart covers</source>
        <translation>كم أسبوعًا يغطي رسم المنشورات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Refresh the charts</source>
        <translation>تحديث الرسوم</translation>
    </message>
    <message>
        <source>Read the figures again from the database (F5)</source>
        <translation>إعادة قراءة الأرقام من قاعدة البيانات (F5)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF/PNG…</source>
        <translation>&amp;حفظ بصيغة PDF/PNG…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF or PNG file</source>
        <translation>حفظ لوحة المتابعة ملفَّ PDF أو PNG</translation>
    </message>
    <message>
        <source>Publications over</source>
        <translation>المنشورات خلال</translation>
    </message>
    <message>
        <source>{verdicts} verdicts · {waiting} waiting for review · {published} published in {weeks} weeks · updated {time}</source>
        <translation>الأحكام: {verdicts} · بانتظار المراجعة: {waiting} · المنشور خلال {weeks} أسبوعًا: {published} · آخر تحديث {time}</translation>
    </message>
    <message>
        <source>Save the dashboard</source>
        <translation>حفظ لوحة المتابعة</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>مستند PDF (*.pdf);;صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ {path}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>An export is already running.</source>
        <translation>هناك تصدير قيد التنفيذ بالفعل.</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>جارٍ التصدير إلى {path}…</translation>
    </message>
    <message>
        <source>Export cancelled: {path} was not written.</source>
        <translation>أُلغي التصدير: لم يُكتب {path}.</translation>
    </message>
    <message>
        <source>Exported {n} verdict(s) to {path}.</source>
        <translation>صُدّر {n} حكم إلى {path}.</translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>تعذّر التصدير: {why}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export verdicts</source>
        <translation>تصدير الأحكام</translation>
    </message>
    <message>
        <source>CSV for partners and spreadsheets</source>
        <translation>CSV للشركاء وجداول البيانات</translation>
    </message>
    <message>
        <source>ClaimReview (schema.org JSON-LD) for search engines</source>
        <translation>ClaimReview ‏(schema.org JSON-LD) لمحركات البحث</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>Approved verdicts too, not only published ones</source>
        <translation>الأحكام المعتمدة أيضًا، لا المنشورة وحدها</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>For Excel and other spreadsheet programs (adds a byte-order mark)</source>
        <translation>لبرنامج Excel وبرامج جداول البيانات الأخرى (يضيف علامة ترتيب البايتات)</translation>
    </message>
    <message>
        <source>When nothing matches, still write a file with the headers</source>
        <translation>إن لم يطابق شيء، يُكتب ملف بالعناوين فقط</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
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
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>{file} exists already in {folder}. Replace it with this export?</source>
        <translation>الملف ⁦{file}⁩ موجود بالفعل في ⁦{folder}⁩. هل تريد استبداله بهذا التصدير؟</translation>
    </message>
    <message>
        <source>Preparing rows</source>
        <translation>تحضير الصفوف</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Add to glossary</source>
        <translation>إضافة إلى المسرد</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>المفهوم</translation>
    </message>
    <message>
        <source>e.g. visit, troops, or a new one: joint_exercise</source>
        <translation>مثل visit أو troops، أو مفهوم جديد: joint_exercise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>the word as written, without و / ה; end with * to match a stem</source>
        <translation>الكلمة كما تُكتب، دون و / ה؛ أضف * في آخرها لمطابقة الجذع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Give a concept and a term.</source>
        <translation>أدخل مفهومًا ومصطلحًا.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of verdict {id}</source>
        <translation>سجل الحكم {id}</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>Changes of the selected revision</source>
        <translation>تغييرات المراجعة المحددة</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import articles</source>
        <translation>استيراد مقالات</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.json *.jsonl *.csv)</source>
        <translation>مقالات (*.txt *.md *.html *.htm *.json *.jsonl *.csv)</translation>
    </message>
    <message>
        <source>Import a folder of articles</source>
        <translation>استيراد مجلد مقالات</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported {added} article(s); {dups} already in the library; {bad} not imported.</source>
        <translation>المقالات المستوردة: {added}؛ الموجودة في المكتبة من قبل: {dups}؛ غير المستوردة: {bad}.</translation>
    </message>
    <message>
        <source>{n} earlier version(s) made current again: their files went back to a text imported before.</source>
        <translation>أُعيدت {n} نسخة/نسخ سابقة نسخةً حالية: عادت ملفاتها إلى نص استُورد من قبل.</translation>
    </message>
    <message>
        <source>Import cancelled. </source>
        <translation>أُلغي الاستيراد. </translation>
    </message>
    <message>
        <source>First problem: {where}: {why}</source>
        <translation>المشكلة الأولى: {where}: {why}</translation>
    </message>
    <message>
        <source>Import failed: {why}</source>
        <translation>تعذّر الاستيراد: {why}</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>Filter by file or reason</source>
        <translation>تصفية حسب الملف أو السبب</translation>
    </message>
    <message>
        <source>Filter the problems</source>
        <translation>تصفية المشكلات</translation>
    </message>
    <message>
        <source>Files and records not imported</source>
        <translation>الملفات والسجلات التي لم تُستورد</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;نسخ القائمة</translation>
    </message>
    <message>
        <source>Copy the list of problems</source>
        <translation>نسخ قائمة المشكلات</translation>
    </message>
    <message>
        <source>{bad} file(s) or record(s) were not imported; {added} article(s) were.</source>
        <translation>لم يُستورد {bad} من الملفات أو السجلات؛ واستُورد {added} من المقالات.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>en</source>
        <comment>the code of the language translated into</comment>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>LinkCardDelegate</name>
    <message>
        <source>this claim</source>
        <translation>هذا الادعاء</translation>
    </message>
</context>
<context>
    <name>LinkingController</name>
    <message>
        <source>Suggestions of the same claim are unavailable: {why}</source>
        <translation>اقتراحات الادعاء نفسه غير متاحة: {why}</translation>
    </message>
    <message>
        <source>Select a claim to see the same claim in other articles.</source>
        <translation>اختر ادعاءً لترى الادعاء نفسه في مقالات أخرى.</translation>
    </message>
    <message>
        <source>Suggestions are unavailable: {why}</source>
        <translation>الاقتراحات غير متاحة: {why}</translation>
    </message>
    <message>
        <source>Preparing suggestions…</source>
        <translation>جارٍ إعداد الاقتراحات…</translation>
    </message>
    <message>
        <source>{n} possible match(es), best first · Ctrl+L same claim · Ctrl+Shift+L different · F8 next</source>
        <translation>تطابقات محتملة: {n}، الأفضل أولًا · Ctrl+L الادعاء نفسه · Ctrl+Shift+L مختلف · F8 التالي</translation>
    </message>
    <message>
        <source>No other claim in the library looks like this one.</source>
        <translation>لا يشبه هذا الادعاءَ أيُّ ادعاء آخر في المكتبة.</translation>
    </message>
    <message>
        <source>Suggestions failed: {why}</source>
        <translation>تعذّرت الاقتراحات: {why}</translation>
    </message>
    <message>
        <source>Select a claim and one of its candidates first.</source>
        <translation>اختر ادعاءً وأحد مرشحيه أولًا.</translation>
    </message>
    <message>
        <source>Linked as the same claim ({lang}, {title}).</source>
        <translation>رُبط على أنه الادعاء نفسه ({lang}، {title}).</translation>
    </message>
    <message>
        <source>Marked as a different claim: it will not be suggested again (Ctrl+Z takes it back).</source>
        <translation>عُلِّم ادعاءً مختلفًا: لن يُقترح مرة أخرى (Ctrl+Z للتراجع).</translation>
    </message>
    <message>
        <source>Mark and link as the same claim</source>
        <translation>تحديد وربط على أنه الادعاء نفسه</translation>
    </message>
    <message>
        <source>Marked in “{title}” and linked as the same claim.</source>
        <translation>حُدِّد في «{title}» ورُبط على أنه الادعاء نفسه.</translation>
    </message>
    <message>
        <source>Select a claim (and wait for suggestions to be ready) first.</source>
        <translation>اختر ادعاءً (وانتظر حتى تجهز الاقتراحات) أولًا.</translation>
    </message>
    <message>
        <source>{n} sentence(s) of unmarked articles, after the claims: double-click to open, Ctrl+L marks and links</source>
        <translation>جمل من مقالات غير محددة: {n}، بعد الادعاءات: انقر نقرًا مزدوجًا للفتح، وCtrl+L للتحديد والربط</translation>
    </message>
    <message>
        <source>{n} sentence(s) of unmarked articles may state this claim.</source>
        <translation>جمل من مقالات غير محددة قد تقول هذا الادعاء: {n}.</translation>
    </message>
    <message>
        <source>No unmarked article seems to state this claim.</source>
        <translation>لا يبدو أن مقالًا غير محدد يقول هذا الادعاء.</translation>
    </message>
    <message>
        <source>Searching unmarked articles…</source>
        <translation>جارٍ البحث في المقالات غير المحددة…</translation>
    </message>
    <message>
        <source>Select a claim of the cluster first.</source>
        <translation>اختر ادعاءً من المجموعة أولًا.</translation>
    </message>
    <message>
        <source>Split off from a cluster of {n} other claim(s).</source>
        <translation>فُصل عن مجموعة فيها ادعاءات أخرى عددها {n}.</translation>
    </message>
    <message>
        <source>Linking all claims…</source>
        <translation>جارٍ ربط كل الادعاءات…</translation>
    </message>
    <message>
        <source>Linked all claims: {claims} claim(s), {scored} new or changed scored, {candidates} candidate pair(s) for review, {linked} linked automatically.</source>
        <translation>رُبطت كل الادعاءات: الادعاءات {claims}، المقيَّم من الجديد أو المعدَّل {scored}، أزواج مرشحة للمراجعة {candidates}، رُبط تلقائيًا {linked}.</translation>
    </message>
    <message>
        <source>Linking cancelled (it resumes where it stopped). </source>
        <translation>أُلغي الربط (يُستأنف من حيث توقف). </translation>
    </message>
    <message>
        <source>Linking failed: {why}</source>
        <translation>تعذّر الربط: {why}</translation>
    </message>
    <message>
        <source>Added “{term}” ({lang}) to {concept}; suggestions are being updated.</source>
        <translation>أُضيف «{term}» ({lang}) إلى {concept}؛ جارٍ تحديث الاقتراحات.</translation>
    </message>
    <message>
        <source>“{term}” ({lang}) now reads as {concept} instead of {other}; suggestions are being updated.</source>
        <translation>«{term}» ({lang}) يُقرأ الآن على أنه {concept} بدلًا من {other}؛ جارٍ تحديث الاقتراحات.</translation>
    </message>
</context>
<context>
    <name>LinksPane</name>
    <message>
        <source>numbers</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>concepts</source>
        <translation>المفاهيم</translation>
    </message>
    <message>
        <source>text {score}</source>
        <translation>النص {score}</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>لم يُحدَّد بعد</translation>
    </message>
    <message>
        <source>Suggestions status</source>
        <translation>حالة الاقتراحات</translation>
    </message>
    <message>
        <source>Same claim elsewhere</source>
        <translation>الادعاء نفسه في مواضع أخرى</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Claims linked as the same</source>
        <translation>ادعاءات رُبطت على أنها الادعاء نفسه</translation>
    </message>
    <message>
        <source>Select a claim to see the same claim in other articles.</source>
        <translation>اختر ادعاءً لترى الادعاء نفسه في مقالات أخرى.</translation>
    </message>
    <message>
        <source>Linked as the same claim: {n} claims, {langs}.</source>
        <translation>مرتبطة على أنها الادعاء نفسه: {n} ادعاءات، {langs}.</translation>
    </message>
    <message>
        <source>Not linked to other claims yet. “Same claim” links a candidate.</source>
        <translation>غير مرتبط بادعاءات أخرى بعد. «الادعاء نفسه» يربط مرشحًا.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Fact-check workbench</source>
        <translation>منصة التحقق من المعلومات</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>نُسخت قاعدة البيانات احتياطياً إلى {path}</translation>
    </message>
    <message>
        <source>Search titles and text (Ctrl+F)</source>
        <translation>ابحث في العناوين والنصوص (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>التصفية حسب اللغة</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>التصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>all languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <source>Current suggestion</source>
        <translation>الاقتراح الحالي</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Same claim elsewhere</source>
        <translation>الادعاء نفسه في مواضع أخرى</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Linking progress</source>
        <translation>تقدم الربط</translation>
    </message>
    <message>
        <source>Cancel linking</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <source>Cancel linking all claims</source>
        <translation>إلغاء ربط كل الادعاءات</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>ألغِ التصدير</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <source>Import folder…</source>
        <translation>استيراد مجلد…</translation>
    </message>
    <message>
        <source>What the last import left out…</source>
        <translation>ما تركه آخر استيراد…</translation>
    </message>
    <message>
        <source>Export verdicts…</source>
        <translation>تصدير الأحكام…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Mark claim</source>
        <translation>تحديد ادعاء</translation>
    </message>
    <message>
        <source>Set claim to selection</source>
        <translation>جعل الادعاء هو النص المحدد</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>حذف الادعاء</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>قبول الاقتراح</translation>
    </message>
    <message>
        <source>Dismiss suggestion</source>
        <translation>رفض الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>Next article</source>
        <translation>المقال التالي</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>المقال السابق</translation>
    </message>
    <message>
        <source>Next claim</source>
        <translation>الادعاء التالي</translation>
    </message>
    <message>
        <source>Previous claim</source>
        <translation>الادعاء السابق</translation>
    </message>
    <message>
        <source>Next suggestion</source>
        <translation>الاقتراح التالي</translation>
    </message>
    <message>
        <source>Previous suggestion</source>
        <translation>الاقتراح السابق</translation>
    </message>
    <message>
        <source>Go to the text</source>
        <translation>الانتقال إلى النص</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Show folded boilerplate</source>
        <translation>إظهار الزوائد المطويّة</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>&amp;روابط</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <source>Different claim</source>
        <translation>ادعاء مختلف</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>المرشح التالي</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>المرشح السابق</translation>
    </message>
    <message>
        <source>Open the candidate&apos;s article</source>
        <translation>فتح مقال المرشح</translation>
    </message>
    <message>
        <source>Split off from cluster</source>
        <translation>فصل عن المجموعة</translation>
    </message>
    <message>
        <source>Link all claims…</source>
        <translation>ربط كل الادعاءات…</translation>
    </message>
    <message>
        <source>Add to glossary…</source>
        <translation>إضافة إلى المسرد…</translation>
    </message>
    <message>
        <source>Find in unmarked articles</source>
        <translation>البحث في المقالات غير المحددة</translation>
    </message>
    <message>
        <source>Ve&amp;rdicts</source>
        <translation>أ&amp;حكام</translation>
    </message>
    <message>
        <source>Verdict of the claim</source>
        <translation>حكم الادعاء</translation>
    </message>
    <message>
        <source>Review queue…</source>
        <translation>قائمة المراجعة…</translation>
    </message>
    <message>
        <source>Desk dashboard…</source>
        <translation>لوحة متابعة الفريق…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Unsaved verdicts</source>
        <translation>أحكام غير محفوظة</translation>
    </message>
    <message>
        <source>The verdicts of {n} claim(s) have edits that are not saved. Close and lose them?</source>
        <translation>في أحكام {n} ادعاء تعديلات لم تُحفظ. أتغلق النافذة وتفقدها؟</translation>
    </message>
    <message>
        <source>Settings saved. A new language or database takes effect at the next start.</source>
        <translation>حُفظت الإعدادات. تسري اللغة الجديدة أو قاعدة البيانات الجديدة عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Linking is already running.</source>
        <translation>الربط جارٍ بالفعل.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>هناك استيراد جارٍ بالفعل.</translation>
    </message>
    <message>
        <source>The open article was removed by someone else.</source>
        <translation>أزال شخص آخر المقال المفتوح.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>هناك تصدير قيد التنفيذ بالفعل.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>with claims</source>
        <translation>فيها ادعاءات</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <source>Select a claim first, then the new text for it.</source>
        <translation>اختر ادعاءً أولًا، ثم النص الجديد له.</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate; unfold it first</source>
        <translation>التحديد يمتد إلى زوائد مطويّة؛ افتحها أولًا</translation>
    </message>
    <message>
        <source>no article is open</source>
        <translation>لا يوجد مقال مفتوح</translation>
    </message>
    <message>
        <source>select the text of the claim first</source>
        <translation>حدّد نص الادعاء أولًا</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>المدقق</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>الاقتباس</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} دقيقة</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} ساعة</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} يوم</translation>
    </message>
</context>
<context>
    <name>QueueWindow</name>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Verdicts per state</source>
        <translation>الأحكام حسب الحالة</translation>
    </message>
    <message>
        <source>Filter by checker</source>
        <translation>التصفية حسب المدقق</translation>
    </message>
    <message>
        <source>any checker</source>
        <translation>أي مدقق</translation>
    </message>
    <message>
        <source>Filter by rating</source>
        <translation>التصفية حسب التقييم</translation>
    </message>
    <message>
        <source>any rating</source>
        <translation>أي تقييم</translation>
    </message>
    <message>
        <source>Filter by language</source>
        <translation>التصفية حسب اللغة</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Minimum age in days</source>
        <translation>أدنى مدة انتظار بالأيام</translation>
    </message>
    <message>
        <source> d</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Minimum claims in cluster</source>
        <translation>أدنى عدد للادعاءات في المجموعة</translation>
    </message>
    <message>
        <source>Search summaries and quotes</source>
        <translation>البحث في الملخصات والاقتباسات</translation>
    </message>
    <message>
        <source>Search summaries, quotes and statements</source>
        <translation>ابحث في الملخصات والاقتباسات والصياغات</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>المدقق</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>أقدم من</translation>
    </message>
    <message>
        <source>Claims ≥</source>
        <translation>الادعاءات ≥</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>الأحكام</translation>
    </message>
    <message>
        <source>Claims of the cluster</source>
        <translation>ادعاءات المجموعة</translation>
    </message>
    <message>
        <source>Rating and state</source>
        <translation>التقييم والحالة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Open in the window</source>
        <translation>فتح في النافذة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>No verdict selected.</source>
        <translation>لم يُختر أي حكم.</translation>
    </message>
    <message>
        <source>Verdict {id} covers {n} claim(s): {langs}</source>
        <translation>الحكم {id} يشمل ادعاءات عددها {n}: {langs}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rating}&lt;/b&gt; · {state} · revision {rev} · checker {checker}</source>
        <translation>&lt;b&gt;{rating}&lt;/b&gt; · {state} · المراجعة {rev} · المدقق {checker}</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>التعليق: {text}</translation>
    </message>
    <message>
        <source>Select a verdict first.</source>
        <translation>اختر حكمًا أولًا.</translation>
    </message>
    <message>
        <source>The queue was reloaded.</source>
        <translation>أُعيد تحميل القائمة.</translation>
    </message>
    <message>
        <source>Verdict {id}: {action} done; it is {state} now.</source>
        <translation>الحكم {id}: تمّ «{action}»؛ حالته الآن {state}.</translation>
    </message>
    <message>
        <source>The selected verdict changed: close this and try again.</source>
        <translation>تغيّر الحكم المحدد: أغلق هذه النافذة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Return verdict {id}</source>
        <translation>إعادة الحكم {id}</translation>
    </message>
    <message>
        <source>Say what the checker should change:</source>
        <translation>اذكر ما ينبغي للمدقق تغييره:</translation>
    </message>
    <message>
        <source>Review queue — {n} {state}</source>
        <translation>قائمة المراجعة — {state}: {n}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُرسَل للمراجعة</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُعاد</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>longest waiting</source>
        <translation>الأطول انتظارًا</translation>
    </message>
    <message>
        <source>largest cluster</source>
        <translation>المجموعة الأكبر</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>{what} folded ({n} characters): click to show, Ctrl+U shows all</source>
        <translation>{what} مطويّ ({n} حرفًا): انقر للإظهار، أو ‏Ctrl+U لإظهار الكل</translation>
    </message>
    <message>
        <source>Folded boilerplate: click to show it, or press Ctrl+U to show all of it</source>
        <translation>زوائد مطويّة: انقر لإظهارها، أو اضغط ‏Ctrl+U لإظهارها كلها</translation>
    </message>
    <message>
        <source>Subscription notice</source>
        <translation>إشعار اشتراك</translation>
    </message>
    <message>
        <source>Comment form</source>
        <translation>نموذج تعليق</translation>
    </message>
    <message>
        <source>CAPTCHA</source>
        <translation>اختبار CAPTCHA</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>“Read also” links</source>
        <translation>روابط «اقرأ أيضًا»</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>مدة القراءة</translation>
    </message>
    <message>
        <source>Details table</source>
        <translation>جدول تفاصيل</translation>
    </message>
    <message>
        <source>Site promotion</source>
        <translation>ترويج للموقع</translation>
    </message>
    <message>
        <source>Repeated paragraph</source>
        <translation>فقرة مكررة</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>فاصل</translation>
    </message>
    <message>
        <source>Page footer</source>
        <translation>تذييل الصفحة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>ال&amp;واجهة</translation>
    </message>
    <message>
        <source>&amp;Data and backups</source>
        <translation>ال&amp;بيانات والنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Ratings</source>
        <translation>الت&amp;قييمات</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>المس&amp;رد</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation>لغة الحاسوب ({name})</translation>
    </message>
    <message>
        <source>Interface font size</source>
        <translation>حجم خط الواجهة</translation>
    </message>
    <message>
        <source>The computer&apos;s size</source>
        <translation>حجم الحاسوب</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> نقطة</translation>
    </message>
    <message>
        <source>Colour theme</source>
        <translation>سمة الألوان</translation>
    </message>
    <message>
        <source>The computer&apos;s colours</source>
        <translation>ألوان الحاسوب</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the workbench starts. Articles always keep the direction of their own script.</source>
        <translation>تسري اللغة الجديدة عند تشغيل المنصة في المرة القادمة. تحتفظ المقالات دائمًا باتجاه كتابتها.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>عن اللغة</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>حجم ال&amp;خط</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>المظ&amp;هر</translation>
    </message>
    <message>
        <source>The font size and the theme change as soon as you press OK. The article&apos;s text size is set in the reader (View menu).</source>
        <translation>يتغيّر حجم الخط والمظهر فور الضغط على «موافق». أمّا حجم نص المقال فيُضبط في القارئ (قائمة «عرض»).</translation>
    </message>
    <message>
        <source>About the appearance</source>
        <translation>عن المظهر</translation>
    </message>
    <message>
        <source>The default: {path}</source>
        <translation>الافتراضي: {path}</translation>
    </message>
    <message>
        <source>Database file used from the next start</source>
        <translation>ملف قاعدة البيانات المستخدم من التشغيل القادم</translation>
    </message>
    <message>
        <source>Choose fil&amp;e…</source>
        <translation>اختيار مل&amp;ف…</translation>
    </message>
    <message>
        <source>Choose another database file</source>
        <translation>اختيار ملف قاعدة بيانات آخر</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>است&amp;عمال الافتراضي</translation>
    </message>
    <message>
        <source>Use the database in the default location</source>
        <translation>استعمال قاعدة البيانات في الموضع الافتراضي</translation>
    </message>
    <message>
        <source>In use now: {path}. Another file is opened the next time the workbench starts (a new file becomes a new, empty workspace).</source>
        <translation>المستخدم الآن: {path}. يُفتح ملف آخر عند تشغيل المنصة في المرة القادمة (الملف الجديد يصبح مساحة عمل جديدة فارغة).</translation>
    </message>
    <message>
        <source>${env} is set, and takes precedence over this setting.</source>
        <translation>المتغير ${env} مضبوط، وله الأولوية على هذا الإعداد.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>قاعدة البيانات المستخدمة</translation>
    </message>
    <message>
        <source>Beside the database: {path}</source>
        <translation>بجانب قاعدة البيانات: {path}</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose folder…</source>
        <translation>ا&amp;ختيار مجلد…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختيار مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> نسخ</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>عدد النسخ الاحتياطية المحفوظة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source>Hours between backups</source>
        <translation>عدد الساعات بين النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>البيانات والنسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Data&amp;base file</source>
        <translation>م&amp;لف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation>النسخ الاحتياطية المجدولة</translation>
    </message>
    <message>
        <source>Backup fo&amp;lder</source>
        <translation>م&amp;جلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>الا&amp;حتفاظ بأحدث</translation>
    </message>
    <message>
        <source>Back up e&amp;very</source>
        <translation>نسخ احتياطي &amp;كل</translation>
    </message>
    <message>
        <source>A copy of the database is made while the workbench is open; a folder on another disk or a network drive protects against losing this one.</source>
        <translation>تُنسخ قاعدة البيانات ما دامت المنصة مفتوحة؛ ومجلد على قرص آخر أو محرك شبكي يحمي من فقدان هذا القرص.</translation>
    </message>
    <message>
        <source>About backups</source>
        <translation>عن النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation>ا&amp;سم المؤسسة</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <source>&amp;Web site</source>
        <translation>&amp;الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Organisation web site</source>
        <translation>الموقع الإلكتروني للمؤسسة</translation>
    </message>
    <message>
        <source>Re&amp;view address</source>
        <translation>&amp;عنوان التحقق المنشور</translation>
    </message>
    <message>
        <source>Address of a published fact-check</source>
        <translation>عنوان تحقق منشور</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Published with every fact-check (the export&apos;s author and addresses). In the review address, {id} stands for the verdict&apos;s number; left empty, it is the web site followed by {path}.</source>
        <translation>تُنشر مع كل تحقق (الجهة الكاتبة والعناوين في التصدير). في عنوان التحقق المنشور يُستبدل ‏{id} برقم الحكم؛ وإن تُرك فارغًا فهو عنوان الموقع يليه {path}.</translation>
    </message>
    <message>
        <source>Only a supervisor changes these.</source>
        <translation>لا يغيّر هذه إلا مشرف.</translation>
    </message>
    <message>
        <source>About the organisation&apos;s details</source>
        <translation>عن بيانات المؤسسة</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>سلّم التقييم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>&amp;Add a rating</source>
        <translation>إ&amp;ضافة تقييم</translation>
    </message>
    <message>
        <source>Add a rating to the scale</source>
        <translation>إضافة تقييم إلى السلّم</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Ra&amp;ting scale</source>
        <translation>&amp;سلّم التقييم</translation>
    </message>
    <message>
        <source>The value is published with the rating (ClaimReview&apos;s ratingValue). A retired rating is no longer offered; the verdicts that have it keep it.</source>
        <translation>تُنشر القيمة مع التقييم (ratingValue في ClaimReview). التقييم المتوقف لا يُعرض بعد ذلك، وتحتفظ به الأحكام التي تحمله.</translation>
    </message>
    <message>
        <source>Select a value and type to change it; Space retires a rating.</source>
        <translation>اختر قيمة واكتب لتغييرها؛ مفتاح المسافة يوقف التقييم.</translation>
    </message>
    <message>
        <source>Only a supervisor changes the rating scale.</source>
        <translation>لا يغيّر سلّم التقييم إلا مشرف.</translation>
    </message>
    <message>
        <source>About the rating scale</source>
        <translation>عن سلّم التقييم</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>معروض</translation>
    </message>
    <message>
        <source>The desk&apos;s glossary terms</source>
        <translation>مصطلحات الفريق في المسرد</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>المفهوم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>Add a term to the glossary</source>
        <translation>إضافة مصطلح إلى المسرد</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the selected terms</source>
        <translation>إزالة المصطلحات المحددة</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>The desk&apos;s &amp;terms</source>
        <translation>م&amp;صطلحات الفريق</translation>
    </message>
    <message>
        <source>Terms this desk taught the claim matcher; a removed term reads as the shipped glossary has it again. Terms are also added from the reader: select a word, then Links → Add to glossary…</source>
        <translation>مصطلحات علّمها الفريق لأداة مطابقة الادعاءات؛ والمصطلح المُزال يعود إلى معناه في المسرد المرفق. تُضاف المصطلحات أيضًا من القارئ: حدّد كلمة ثم روابط ← إضافة إلى المسرد…</translation>
    </message>
    <message>
        <source>About the glossary</source>
        <translation>عن المسرد</translation>
    </message>
    <message>
        <source>The desk has added no terms.</source>
        <translation>لم يُضف الفريق أي مصطلح.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>Workbench database (*.sqlite);;All files (*)</source>
        <translation>قاعدة بيانات المنصة (*.sqlite);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Row {row} of the rating scale needs a label.</source>
        <translation>الصف {row} من سلّم التقييم يحتاج إلى تسمية.</translation>
    </message>
    <message>
        <source>The value of “{label}” is not a number: {text}</source>
        <translation>قيمة «{label}» ليست رقمًا: {text}</translation>
    </message>
    <message>
        <source>“{label}” is in the rating scale twice.</source>
        <translation>«{label}» مكرر في سلّم التقييم.</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>none: a web page</source>
        <translation>لا شيء: صفحة ويب</translation>
    </message>
    <message>
        <source>Library article id</source>
        <translation>رقم المقال في المكتبة</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>العنوان (URL)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Archived copy (URL)</source>
        <translation>النسخة المؤرشفة (URL)</translation>
    </message>
    <message>
        <source>https://web.archive.org/… (optional)</source>
        <translation>https://web.archive.org/… (اختياري)</translation>
    </message>
    <message>
        <source>Quoted passage</source>
        <translation>المقطع المقتبس</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Library article</source>
        <translation>مقال من المكتبة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان الإلكتروني</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Archived copy</source>
        <translation>النسخة المؤرشفة</translation>
    </message>
    <message>
        <source>There is no article {id} in the library.</source>
        <translation>لا يوجد مقال رقمه {id} في المكتبة.</translation>
    </message>
</context>
<context>
    <name>SourceTableModel</name>
    <message>
        <source>Stance</source>
        <translation>الموقف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <source>repeats {n}</source>
        <translation>يكرر {n}</translation>
    </message>
    <message>
        <source>archived: {url}</source>
        <translation>مؤرشف: {url}</translation>
    </message>
</context>
<context>
    <name>SuggestionsController</name>
    <message>
        <source>No suggestions left in this article.</source>
        <translation>لم تبقَ اقتراحات في هذا المقال.</translation>
    </message>
    <message>
        <source>{n} suggested claim(s): F7 to go through them.</source>
        <translation>ادعاءات مقترحة: {n}؛ اضغط F7 للتنقل بينها.</translation>
    </message>
    <message>
        <source>Suggestion {i} of {n} ({why}): {accept} accepts, {dismiss} dismisses.</source>
        <translation>الاقتراح {i} من {n} ({why}): {accept} للقبول، {dismiss} للرفض.</translation>
    </message>
    <message>
        <source>Go to a suggestion first (F7).</source>
        <translation>انتقل إلى اقتراح أولًا (F7).</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>كمية</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>quotation</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>denial</source>
        <translation>نفي</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>توقّع</translation>
    </message>
    <message>
        <source>sanctions and force</source>
        <translation>عقوبات وقوة</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>مقارنة</translation>
    </message>
</context>
<context>
    <name>VerdictPane</name>
    <message>
        <source>Rev.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>{who} is not a person of this desk</source>
        <translation>{who} ليس من أفراد هذا الفريق</translation>
    </message>
    <message>
        <source>The verdict changed</source>
        <translation>تغيّر الحكم</translation>
    </message>
    <message>
        <source>Reload shows their version (your edits are dropped; copy what you need first). Keep editing leaves your edits in the form.</source>
        <translation>«إعادة التحميل» تعرض نسختهم (تُهمل تعديلاتك؛ انسخ ما تحتاجه أولًا). «متابعة التحرير» تُبقي تعديلاتك في النموذج.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>rating: {value}</source>
        <translation>التقييم: {value}</translation>
    </message>
    <message>
        <source>summary: {value}</source>
        <translation>الملخص: {value}</translation>
    </message>
    <message>
        <source>checker: {value}</source>
        <translation>المدقق: {value}</translation>
    </message>
    <message>
        <source>{n} source(s)</source>
        <translation>عدد المصادر: {n}</translation>
    </message>
    <message>
        <source>rationale:</source>
        <translation>التعليل:</translation>
    </message>
    <message>
        <source>(no change of content: {action})</source>
        <translation>(بلا تغيير في المحتوى: {action})</translation>
    </message>
    <message>
        <source>article {id}</source>
        <translation>المقال {id}</translation>
    </message>
    <message>
        <source>Claim and cluster</source>
        <translation>الادعاء والمجموعة</translation>
    </message>
    <message>
        <source>State of the verdict</source>
        <translation>حالة الحكم</translation>
    </message>
    <message>
        <source>Supervisor&apos;s comment</source>
        <translation>تعليق المشرف</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
    <message>
        <source>choose a rating</source>
        <translation>اختر تقييمًا</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>The verdict in one line (any language)</source>
        <translation>الحكم في سطر واحد (بأي لغة)</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>Why: paragraphs, links, in any language</source>
        <translation>لماذا: فقرات وروابط، بأي لغة</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>إضافة مصدر…</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>إضافة مصدر</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>إزالة المصدر</translation>
    </message>
    <message>
        <source>Remove the selected source</source>
        <translation>إزالة المصدر المحدد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the verdict</source>
        <translation>حفظ الحكم</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>سحب من المراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Approve the verdict</source>
        <translation>اعتماد الحكم</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>إعادة…</translation>
    </message>
    <message>
        <source>Return the verdict with a comment</source>
        <translation>إعادة الحكم مع تعليق</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Publish the verdict</source>
        <translation>نشر الحكم</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>Reopen the published verdict</source>
        <translation>إعادة فتح الحكم المنشور</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>History of the verdict</source>
        <translation>سجل الحكم</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Changed by someone else since you started editing: saving will ask you to reload.</source>
        <translation>غيّره شخص آخر منذ أن بدأت التحرير: سيطلب منك الحفظ إعادة التحميل.</translation>
    </message>
    <message>
        <source>Your unsaved edits of this verdict are back: Save to keep them.</source>
        <translation>عادت تعديلاتك غير المحفوظة على هذا الحكم: اضغط «حفظ» للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Changed by someone else (now revision {rev}{by}) since you started editing: your edits are kept; saving will ask you to reload.</source>
        <translation>غيّره شخص آخر (المراجعة الآن {rev}{by}) منذ أن بدأت التحرير: تعديلاتك محفوظة؛ وسيطلب منك الحفظ إعادة التحميل.</translation>
    </message>
    <message>
        <source>Select a claim to see or write the verdict of its cluster.</source>
        <translation>اختر ادعاءً لترى حكم مجموعته أو تكتبه.</translation>
    </message>
    <message>
        <source>No verdict yet: write one (it covers every claim linked as the same).</source>
        <translation>لا حكم بعد: اكتب حكمًا (يشمل كل ادعاء مرتبط على أنه الادعاء نفسه).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; · revision {rev} · checker {checker}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; · المراجعة {rev} · المدقق {checker}</translation>
    </message>
    <message>
        <source>reviewed by {who} ({when})</source>
        <translation>راجعه {who} ({when})</translation>
    </message>
    <message>
        <source>published by {who} ({when})</source>
        <translation>نشره {who} ({when})</translation>
    </message>
    <message>
        <source>published {when}</source>
        <translation>نُشر {when}</translation>
    </message>
    <message>
        <source>Comment from {who}:</source>
        <translation>تعليق من {who}:</translation>
    </message>
    <message>
        <source>{who} is not a person of this desk: ask a supervisor to add you.</source>
        <translation>{who} ليس من أفراد هذا الفريق: اطلب من مشرف إضافتك.</translation>
    </message>
    <message>
        <source>Verdict {id} on the cluster of claim {claim}</source>
        <translation>الحكم {id} على مجموعة الادعاء {claim}</translation>
    </message>
    <message>
        <source>New verdict on the cluster of claim {claim}</source>
        <translation>حكم جديد على مجموعة الادعاء {claim}</translation>
    </message>
    <message>
        <source>{title}: {n} claim(s), {langs}</source>
        <translation>{title}: الادعاءات {n}، {langs}</translation>
    </message>
    <message>
        <source>Save a verdict with at least one source first.</source>
        <translation>احفظ حكمًا فيه مصدر واحد على الأقل أولًا.</translation>
    </message>
    <message>
        <source>Nothing to save: the verdict is as stored.</source>
        <translation>لا شيء للحفظ: الحكم كما هو محفوظ.</translation>
    </message>
    <message>
        <source>Saved verdict {id}, revision {rev} ({state}).</source>
        <translation>حُفظ الحكم {id}، المراجعة {rev} ({state}).</translation>
    </message>
    <message>
        <source>There is no verdict to {action} yet.</source>
        <translation>لا يوجد حكم بعد لتنفيذ «{action}» عليه.</translation>
    </message>
    <message>
        <source>Verdict {id}: {action} done; it is {state} (revision {rev}).</source>
        <translation>الحكم {id}: تمّ «{action}»؛ حالته {state} (المراجعة {rev}).</translation>
    </message>
    <message>
        <source>Reloaded: this is the stored verdict (revision {rev}).</source>
        <translation>أُعيد التحميل: هذا هو الحكم المحفوظ (المراجعة {rev}).</translation>
    </message>
    <message>
        <source>The stored verdict changed since you opened it: Reload (from a new save) to see it; your edits are still here.</source>
        <translation>تغيّر الحكم المحفوظ منذ أن فتحته: أعد التحميل (من حفظ جديد) لتراه؛ تعديلاتك ما زالت هنا.</translation>
    </message>
    <message>
        <source>Not returned.</source>
        <translation>لم يُعَد.</translation>
    </message>
    <message>
        <source>Return verdict {id}</source>
        <translation>إعادة الحكم {id}</translation>
    </message>
    <message>
        <source>Say what the checker should change:</source>
        <translation>اذكر ما ينبغي للمدقق تغييره:</translation>
    </message>
    <message>
        <source>Added: it repeats source {n}.</source>
        <translation>أُضيف: وهو يكرر المصدر {n}.</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>checker</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Welcome to the fact-check workbench</source>
        <translation>مرحبًا بك في منصة التحقق من المعلومات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation>&amp;دورك</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The settings file {path} is damaged and could not be set aside ({why}); the workbench starts with its default settings.</source>
        <translation>ملف الإعدادات {path} تالف وتعذّر نقله جانبًا ({why})؛ تبدأ المنصة بإعداداتها الافتراضية.</translation>
    </message>
    <message>
        <source>The settings file was damaged and has been reset: window layout, language, theme and your name are back to their defaults. The damaged file was kept as {kept}.</source>
        <translation>كان ملف الإعدادات تالفًا فأُعيد ضبطه: عادت ترتيبات النافذة واللغة والمظهر واسمك إلى قيمها الافتراضية. حُفظ الملف التالف باسم {kept}.</translation>
    </message>
    <message>
        <source>Fact-check workbench</source>
        <translation>منصة التحقق من المعلومات</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>تعذّرت كتابة الملف {path}: {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be written (read-only)</source>
        <translation>لا يمكن الكتابة في المجلد {folder} (للقراءة فقط)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} مجلد وليس ملفًا؛ أدخل اسم ملف</translation>
    </message>
    <message>
        <source>audit log entry {id} does not follow the entry before it: an entry before it was removed or changed</source>
        <translation>القيد {id} في سجل التدقيق لا يتبع القيد الذي قبله: حُذف قيد سابق له أو غُيِّر</translation>
    </message>
    <message>
        <source>audit log entry {id} was altered after it was written</source>
        <translation>القيد {id} في سجل التدقيق غُيِّر بعد كتابته</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last} ({count} entries) but had reached entry {head} ({head_count} entries): its newest entries were removed</source>
        <translation>ينتهي سجل التدقيق عند القيد {last} (عدد القيود: {count}) مع أنه كان قد بلغ القيد {head} (عدد القيود: {head_count}): حُذفت أحدث قيوده</translation>
    </message>
    <message>
        <source>the audit log&apos;s head (entry {head}) does not match its last entry {last}: it was altered</source>
        <translation>رأس سجل التدقيق (القيد {head}) لا يطابق آخر قيد فيه {last}: لقد جرى تغييره</translation>
    </message>
    <message>
        <source>the audit log&apos;s head is missing: it was removed outside the workbench</source>
        <translation>رأس سجل التدقيق مفقود: حُذف من خارج المنصة</translation>
    </message>
    <message>
        <source>keep at least one backup</source>
        <translation>احتفظ بنسخة احتياطية واحدة على الأقل</translation>
    </message>
    <message>
        <source>the backup folder {folder} cannot be written; no backup was made</source>
        <translation>لا يمكن الكتابة في مجلد النسخ الاحتياطية {folder}؛ لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>the backup folder {folder} could not be made: {reason}; no backup was made</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية {folder}: {reason}؛ لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>the backup folder {folder} does not exist (was it unplugged or moved?); no backup was made</source>
        <translation>مجلد النسخ الاحتياطية {folder} غير موجود (هل فُصل القرص أو نُقل المجلد؟)؛ لم تُنشأ نسخة احتياطية</translation>
    </message>
    <message>
        <source>the backup into {folder} failed: {reason}</source>
        <translation>فشل إنشاء النسخة الاحتياطية في {folder}: {reason}</translation>
    </message>
    <message>
        <source>1 article is missing from the search index; run &apos;workbench reindex&apos;</source>
        <translation>مقال واحد غير موجود في فهرس البحث؛ شغّل ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>SQLite integrity: {finding}</source>
        <translation>سلامة SQLite: {finding}</translation>
    </message>
    <message>
        <source>article {id}: fold {start}-{end} lies outside its text</source>
        <translation>المقال {id}: المقطع المطوي {start}-{end} يقع خارج نصه</translation>
    </message>
    <message>
        <source>article {id}: paragraph {start}-{end} lies outside its text</source>
        <translation>المقال {id}: الفقرة {start}-{end} تقع خارج نصه</translation>
    </message>
    <message>
        <source>article {id}: text does not match its content hash (altered outside the workbench)</source>
        <translation>المقال {id}: النص لا يطابق بصمة محتواه (غُيِّر من خارج المنصة)</translation>
    </message>
    <message>
        <source>claim {claim}: its quote no longer matches article {article} at {start}-{end}</source>
        <translation>الادعاء {claim}: اقتباسه لم يعد يطابق المقال {article} في الموضع {start}-{end}</translation>
    </message>
    <message>
        <source>schema version is {version}, expected {expected}</source>
        <translation>إصدار المخطط هو {version}، والمتوقع {expected}</translation>
    </message>
    <message>
        <source>search index is damaged ({reason}); run &apos;workbench reindex&apos;</source>
        <translation>فهرس البحث تالف ({reason})؛ شغّل ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>the database&apos;s guard {name} is missing: it was dropped outside the workbench, and history can be changed in place</source>
        <translation>حارس قاعدة البيانات {name} مفقود: حُذف من خارج المنصة، وصار من الممكن تغيير السجل التاريخي في مكانه</translation>
    </message>
    <message>
        <source>{count} articles are missing from the search index; run &apos;workbench reindex&apos;</source>
        <translation>عدد المقالات غير الموجودة في فهرس البحث: {count}؛ شغّل ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>{count} current versions of {key}</source>
        <translation>عدد النسخ الحالية من {key}: {count}</translation>
    </message>
    <message>
        <source>{table} row {row} points to a missing row in {parent}</source>
        <translation>الصف {row} في {table} يشير إلى صف غير موجود في {parent}</translation>
    </message>
    <message>
        <source>article {name!r} is not in the library (import it first)</source>
        <translation>المقال {name!r} غير موجود في المكتبة (استورده أولًا)</translation>
    </message>
    <message>
        <source>claim #{number}: not an object</source>
        <translation>الادعاء رقم {number}: ليس كائن JSON</translation>
    </message>
    <message>
        <source>claim {id}: kind {kind!r} is not one of {kinds}; stored as &apos;other&apos;</source>
        <translation>الادعاء {id}: النوع {kind!r} ليس أحد الأنواع {kinds}؛ حُفظ بالنوع &apos;other&apos;</translation>
    </message>
    <message>
        <source>claim {id}: missing {fields}</source>
        <translation>الادعاء {id}: تنقصه الحقول {fields}</translation>
    </message>
    <message>
        <source>claim {id}: start and end must be whole numbers</source>
        <translation>الادعاء {id}: يجب أن يكون start وend عددين صحيحين</translation>
    </message>
    <message>
        <source>claim {id}: the id is used twice in the file; the first one counts</source>
        <translation>الادعاء {id}: المعرّف مستخدم مرتين في الملف؛ يُعتمد الأول</translation>
    </message>
    <message>
        <source>claim {id}: the quote is empty</source>
        <translation>الادعاء {id}: الاقتباس فارغ</translation>
    </message>
    <message>
        <source>claim {id}: {reason}</source>
        <translation>الادعاء {id}: {reason}</translation>
    </message>
    <message>
        <source>offsets {start}-{end} do not hold the quote, and the quote is nowhere in the article</source>
        <translation>الموضع {start}-{end} لا يحوي الاقتباس، والاقتباس غير موجود في أي مكان من المقال</translation>
    </message>
    <message>
        <source>offsets {start}-{end} lie outside the article ({length} characters), and the quote is nowhere in the article</source>
        <translation>الموضع {start}-{end} يقع خارج المقال (عدد أحرفه {length})، والاقتباس غير موجود في أي مكان من المقال</translation>
    </message>
    <message>
        <source>pair {a} / {b}: a claim cannot be paired with itself</source>
        <translation>الزوج {a} / {b}: لا يمكن إقران ادعاء بنفسه</translation>
    </message>
    <message>
        <source>pair {a} / {b}: one or both of its claims are not in the library</source>
        <translation>الزوج {a} / {b}: أحد ادعاءيه أو كلاهما غير موجود في المكتبة</translation>
    </message>
    <message>
        <source>{path} is the library itself, not a claims file</source>
        <translation>{path} هو المكتبة نفسها وليس ملف ادعاءات</translation>
    </message>
    <message>
        <source>{path}: &quot;duplicate_pairs&quot; must be a list of [id, id] pairs</source>
        <translation>{path}: يجب أن يكون &quot;duplicate_pairs&quot; قائمة أزواج من الشكل [id, id]</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: تتعذر قراءته ({error})</translation>
    </message>
    <message>
        <source>{path}: duplicate pair #{number} ({pair}) is not an [id, id] pair</source>
        <translation>{path}: زوج التكرار رقم {number} ({pair}) ليس زوجًا من الشكل [id, id]</translation>
    </message>
    <message>
        <source>{path}: expected an object with a list of &quot;claims&quot;</source>
        <translation>{path}: كان المتوقع كائنًا يحتوي على قائمة &quot;claims&quot;</translation>
    </message>
    <message>
        <source>{path}: it holds a number of over {digits:,} digits: not a claims file</source>
        <translation>{path}: يحوي عددا من أكثر من {digits:,} رقم: ليس ملف ادعاءات</translation>
    </message>
    <message>
        <source>{path}: its structure is nested too deeply (over {depth} levels) to be a claims file</source>
        <translation>{path}: بنيته متداخلة بعمق لا يمكن معه أن يكون ملف ادعاءات (أكثر من {depth} مستوى)</translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}, column {column}: {error})</source>
        <translation>{path}: ليس JSON صالحًا (السطر {line}، العمود {column}: {error})</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>article {id} is an earlier version; mark claims on the current one</source>
        <translation>المقال {id} نسخة سابقة؛ حدّد الادعاءات على النسخة الحالية</translation>
    </message>
    <message>
        <source>article {id} no longer exists</source>
        <translation>المقال {id} لم يعد موجودًا</translation>
    </message>
    <message>
        <source>cannot change {fields} of a claim</source>
        <translation>لا يمكن تغيير {fields} في ادعاء</translation>
    </message>
    <message>
        <source>claim {id} cannot be restored: {error}</source>
        <translation>تتعذر استعادة الادعاء {id}: {error}</translation>
    </message>
    <message>
        <source>kind must be one of {kinds}, not {value!r}</source>
        <translation>يجب أن يكون النوع أحد {kinds}، لا {value!r}</translation>
    </message>
    <message>
        <source>status must be one of {statuses}, not {value!r}</source>
        <translation>يجب أن تكون الحالة إحدى {statuses}، لا {value!r}</translation>
    </message>
    <message>
        <source>the selection is empty or only white space</source>
        <translation>التحديد فارغ أو مسافات بيضاء فقط</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (captcha)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (اختبار CAPTCHA)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (comment form)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (نموذج التعليق)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (credits)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (الإسناد والحقوق)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (details table)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (جدول التفاصيل)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (noise)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (فاصل)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (page footer)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (تذييل الصفحة)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (read also)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي («اقرأ أيضًا»)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (reading time)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (مدة القراءة)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (repeated)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (فقرة مكررة)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (share)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (المشاركة)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (site promo)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (ترويج الموقع)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate (subscription)</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي (الاشتراك)</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate ({kind})</source>
        <translation>التحديد يمتد إلى نص نمطي مطوي ({kind})</translation>
    </message>
    <message>
        <source>the selection {start}-{end} lies outside the article ({length} characters)</source>
        <translation>التحديد {start}-{end} يقع خارج المقال (عدد أحرفه {length})</translation>
    </message>
    <message>
        <source>there is no claim {id}</source>
        <translation>لا يوجد ادعاء رقمه {id}</translation>
    </message>
    <message>
        <source>this text is marked already as claim {id}</source>
        <translation>هذا النص محدد بالفعل بوصفه الادعاء {id}</translation>
    </message>
    <message>
        <source>audit log entry {seq} of {where} is gone: the log was cut or rewritten since</source>
        <translation>مدخل سجل التدقيق {seq} من {where} لم يعد موجودا: قُطع السجل أو أعيدت كتابته منذئذ</translation>
    </message>
    <message>
        <source>audit log entry {seq} of {where} was changed: the log was rewritten since</source>
        <translation>تغيّر مدخل سجل التدقيق {seq} من {where}: أعيدت كتابة السجل منذئذ</translation>
    </message>
    <message>
        <source>{text!r} is not an audit log head: it reads SEQ:HASH, as check and the exports print it (a number, a colon, 64 hexadecimal digits)</source>
        <translation>{text!r} ليس رأسا لسجل التدقيق: يُكتب SEQ:HASH كما يطبعه الفحص والتصدير (رقم ثم نقطتان ثم 64 خانة ست عشرية)</translation>
    </message>
    <message>
        <source>{path} is a link in a loop of links: nothing was written</source>
        <translation>{path} رابط في حلقة من الروابط: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>a tag of the page has over {count:,} attributes: not an article page</source>
        <translation>في الصفحة وسم له أكثر من {count:,} سمة: ليست صفحة مقال</translation>
    </message>
    <message>
        <source>it holds a number of over {digits:,} digits: not an article file</source>
        <translation>يحوي عددا من أكثر من {digits:,} رقم: ليس ملف مقالات</translation>
    </message>
    <message>
        <source>it holds no article</source>
        <translation>لا يحوي أي مقال</translation>
    </message>
    <message>
        <source>it is a link in a loop of links (or one too long to follow): skipped</source>
        <translation>إنه رابط في حلقة من الروابط (أو سلسلة أطول من أن تُتبع): تم تخطيه</translation>
    </message>
    <message>
        <source>line {line} holds a number of over {digits:,} digits: not an article</source>
        <translation>السطر {line} يحوي عددا من أكثر من {digits:,} رقم: ليس مقالا</translation>
    </message>
    <message>
        <source>line {line} is not valid UTF-8 text (byte {byte} of the line)</source>
        <translation>السطر {line} ليس نصا بترميز UTF-8 صالح (البايت {byte} من السطر)</translation>
    </message>
    <message>
        <source>claim {claim} is the only claim of verdict {verdict}, and a verdict is never deleted</source>
        <translation>الادعاء {claim} هو الادعاء الوحيد للحكم {verdict}، والحكم لا يُحذف أبدًا</translation>
    </message>
    <message>
        <source>verdict {id} no longer covers claim(s) {claims}: they were split off its cluster and have no verdict of their own</source>
        <translation>لم يعد الحكم {id} يشمل الادعاء/الادعاءات {claims}: فُصلت عن مجموعته وليس لها حكم خاص بها</translation>
    </message>
    <message>
        <source>verdict {id} now also covers claim(s) {claims}</source>
        <translation>أصبح الحكم {id} يشمل أيضًا الادعاء/الادعاءات {claims}</translation>
    </message>
    <message>
        <source>verdicts {ids} now cover one cluster: keep one with &apos;workbench verdict merge KEEP OTHER&apos;</source>
        <translation>الأحكام {ids} تشمل الآن مجموعة واحدة: أبقِ على واحد منها بالأمر ⁦&apos;workbench verdict merge KEEP OTHER&apos;⁩</translation>
    </message>
    <message>
        <source>{name!r} reads like {other!r}, a person of the desk already: choose a name that differs in its letters</source>
        <translation>الاسم {name!r} يُقرأ مثل {other!r}، وهو شخص في الفريق أصلا: اختر اسما يختلف في حروفه</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte {byte} (1 broken byte sequence in an otherwise UTF-8 file); repair or re-save the file as UTF-8</source>
        <translation>ترميز UTF-8 غير صالح عند البايت {byte} (تسلسل بايتات تالف واحد في ملف سليم الترميز UTF-8 فيما عدا ذلك)؛ أصلح الملف أو أعد حفظه بترميز UTF-8</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte {byte} ({count} broken byte sequences in an otherwise UTF-8 file); repair or re-save the file as UTF-8</source>
        <translation>ترميز UTF-8 غير صالح عند البايت {byte} (عدد تسلسلات البايتات التالفة {count} في ملف سليم الترميز UTF-8 فيما عدا ذلك)؛ أصلح الملف أو أعد حفظه بترميز UTF-8</translation>
    </message>
    <message>
        <source>it is a 7-Zip archive, not text</source>
        <translation>الملف أرشيف 7-Zip وليس نصًا</translation>
    </message>
    <message>
        <source>it is a GIF image, not text</source>
        <translation>الملف صورة GIF وليس نصًا</translation>
    </message>
    <message>
        <source>it is a JPEG image, not text</source>
        <translation>الملف صورة JPEG وليس نصًا</translation>
    </message>
    <message>
        <source>it is a PDF document, not text</source>
        <translation>الملف مستند PDF وليس نصًا</translation>
    </message>
    <message>
        <source>it is a PNG image, not text</source>
        <translation>الملف صورة PNG وليس نصًا</translation>
    </message>
    <message>
        <source>it is a RAR archive, not text</source>
        <translation>الملف أرشيف RAR وليس نصًا</translation>
    </message>
    <message>
        <source>it is a RIFF media file (WebP, WAV or AVI), not text</source>
        <translation>الملف ملف وسائط RIFF (WebP أو WAV أو AVI) وليس نصًا</translation>
    </message>
    <message>
        <source>it is a binary file (it contains NUL bytes), not text</source>
        <translation>الملف ثنائي (يحتوي على بايتات NUL) وليس نصًا</translation>
    </message>
    <message>
        <source>it is a gzip archive, not text</source>
        <translation>الملف أرشيف gzip وليس نصًا</translation>
    </message>
    <message>
        <source>it is a program (ELF binary), not text</source>
        <translation>الملف برنامج (ملف ELF ثنائي) وليس نصًا</translation>
    </message>
    <message>
        <source>it is a zip archive (or an office document), not text</source>
        <translation>الملف أرشيف zip (أو مستند مكتبي) وليس نصًا</translation>
    </message>
    <message>
        <source>it is an SQLite database, not text</source>
        <translation>الملف قاعدة بيانات SQLite وليس نصًا</translation>
    </message>
    <message>
        <source>it is an old Microsoft Office document, not text</source>
        <translation>الملف مستند Microsoft Office قديم وليس نصًا</translation>
    </message>
    <message>
        <source>it is neither valid UTF-8 (byte {byte}) nor text in a known legacy encoding</source>
        <translation>الملف ليس UTF-8 صالحًا (البايت {byte}) ولا نصًا بترميز قديم معروف</translation>
    </message>
    <message>
        <source>it starts with a {encoding} byte-order mark but is not valid {encoding} (byte {byte})</source>
        <translation>يبدأ الملف بعلامة ترتيب البايتات (BOM) الخاصة بـ {encoding} لكنه ليس {encoding} صالحًا (البايت {byte})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>--since {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>قيمة ⁦--since⁩ {value!r} ليست تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--until {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>قيمة ⁦--until⁩ {value!r} ليست تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ClaimReview is for published verdicts only</source>
        <translation>ClaimReview مخصص للأحكام المنشورة فقط</translation>
    </message>
    <message>
        <source>language {value}</source>
        <translation>اللغة {value}</translation>
    </message>
    <message>
        <source>verdict {id}: the address of article {article}, {url!r}, is not a web address: {reason}; the article is published as an appearance without it</source>
        <translation>الحكم {id}: عنوان المقال {article}، {url!r}، ليس عنوان ويب: {reason}؛ يُنشر المقال بين مواضع ظهور الادعاء من دون عنوانه</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>it is a device, not a file: skipped</source>
        <translation>إنه جهاز وليس ملفا: تم تخطيه</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a file: skipped</source>
        <translation>إنه أنبوب مسمّى (FIFO) وليس ملفا: تم تخطيه</translation>
    </message>
    <message>
        <source>it is a socket, not a file: skipped</source>
        <translation>إنه مقبس (socket) وليس ملفا: تم تخطيه</translation>
    </message>
    <message>
        <source>it is not a regular file: skipped</source>
        <translation>ليس ملفا عاديا: تم تخطيه</translation>
    </message>
    <message>
        <source>its name is not valid UTF-8 (a legacy encoding?): rename the file and import it again</source>
        <translation>اسمه ليس UTF-8 صالحا (ترميز قديم؟): غيّر اسم الملف واستورده من جديد</translation>
    </message>
    <message>
        <source>its structure is nested too deeply (over {depth} levels) to be an article file</source>
        <translation>بنيته متداخلة بعمق لا يمكن معه أن يكون ملف مقالات (أكثر من {depth} مستوى)</translation>
    </message>
    <message>
        <source>its {name} holds a NUL character (U+0000) at line {line}, column {column}: not text; remove it and import again</source>
        <translation>يحوي الحقل {name} محرف NUL ‏(U+0000) في السطر {line}، العمود {column}: ليس نصا؛ احذفه واستورد من جديد</translation>
    </message>
    <message>
        <source>line {line} is nested too deeply (over {depth} levels) to be an article</source>
        <translation>السطر {line} متداخل بعمق لا يمكن معه أن يكون مقالا (أكثر من {depth} مستوى)</translation>
    </message>
    <message>
        <source>the address of a verdict&apos;s page (review_url)</source>
        <translation>عنوان صفحة الحكم</translation>
    </message>
    <message>
        <source>the address of a verdict&apos;s page (review_url) needs {{id}} where the verdict&apos;s id goes</source>
        <translation>عنوان صفحة الحكم يحتاج إلى ⁦{{id}}⁩ في موضع رقم الحكم</translation>
    </message>
    <message>
        <source>the organisation&apos;s web site (organisation_url)</source>
        <translation>موقع المؤسسة الإلكتروني</translation>
    </message>
    <message>
        <source>source {position}: address {url!r} is not a web address: {reason}</source>
        <translation>المصدر {position}: العنوان {url!r} ليس عنوان ويب: {reason}</translation>
    </message>
    <message>
        <source>source {position}: archived copy {url!r} is not a web address: {reason}</source>
        <translation>المصدر {position}: عنوان النسخة المؤرشفة {url!r} ليس عنوان ويب: {reason}</translation>
    </message>
    <message>
        <source>{setting} {url!r} is not a web address: {reason}</source>
        <translation>قيمة {setting} {url!r} ليست عنوان ويب: {reason}</translation>
    </message>
    <message>
        <source>ClaimReview needs the organisation&apos;s name and web site: a supervisor sets them in Settings, Organisation, or with &apos;workbench settings set organisation_name NAME&apos; and &apos;workbench settings set organisation_url URL&apos;</source>
        <translation>يحتاج ⁦ClaimReview⁩ إلى اسم المؤسسة وموقعها الإلكتروني: يضبطهما مشرف في الإعدادات، تبويب المؤسسة، أو بالأمرين ⁦&apos;workbench settings set organisation_name NAME&apos;⁩ و⁦&apos;workbench settings set organisation_url URL&apos;⁩</translation>
    </message>
    <message>
        <source>its host holds {character}, which no host name can hold</source>
        <translation>اسم المضيف فيه {character}، ولا يمكن أن يحتويه أي اسم مضيف</translation>
    </message>
    <message>
        <source>its port {port!r} is not a number</source>
        <translation>رقم المنفذ فيه {port!r} ليس عددًا</translation>
    </message>
    <message>
        <source>only http:// and https:// addresses with a host are accepted</source>
        <translation>لا تُقبل إلا العناوين التي تبدأ بـ ⁦http://⁩ أو ⁦https://⁩ ويليها اسم مضيف</translation>
    </message>
    <message>
        <source>{url!r} is not a web address: {reason}</source>
        <translation>{url!r} ليس عنوان ويب: {reason}</translation>
    </message>
    <message>
        <source>nothing to export: no {verdicts}; nothing was written (for a file with the headers only, tick &apos;still write a file&apos; in the export dialog, or add --empty-ok to the command)</source>
        <translation>لا شيء للتصدير: لا توجد {verdicts}؛ لم يُكتب شيء (لملف فيه العناوين فقط، فعّل «إن لم يطابق شيء، يُكتب ملف بالعناوين فقط» في نافذة التصدير، أو أضف ⁦--empty-ok⁩ إلى الأمر)</translation>
    </message>
    <message>
        <source>published or approved verdicts</source>
        <translation>أحكام منشورة أو معتمدة</translation>
    </message>
    <message>
        <source>published verdicts</source>
        <translation>أحكام منشورة</translation>
    </message>
    <message>
        <source>rating {value}</source>
        <translation>التقييم {value}</translation>
    </message>
    <message>
        <source>since {value}</source>
        <translation>منذ {value}</translation>
    </message>
    <message>
        <source>tag {value}</source>
        <translation>الوسم {value}</translation>
    </message>
    <message>
        <source>until {value}</source>
        <translation>حتى {value}</translation>
    </message>
    <message>
        <source>verdict {id}: rating {rating!r} is no longer in the rating scale, and ClaimReview needs its value; not published (give the rating its value again, retired if need be: &apos;workbench rating set &quot;{rating}&quot; VALUE --retire&apos;)</source>
        <translation>الحكم {id}: التقييم {rating!r} لم يعد في سلّم التقييمات، وClaimReview يحتاج إلى قيمته؛ لم يُنشر (أعطِ التقييم قيمته من جديد، ولو كان متقاعدًا: ⁦&apos;workbench rating set &quot;{rating}&quot; VALUE --retire&apos;⁩)</translation>
    </message>
    <message>
        <source>verdict {id}: rating {rating!r} is no longer in the rating scale; exported without a value</source>
        <translation>الحكم {id}: التقييم {rating!r} لم يعد في سلّم التقييمات؛ صُدِّر بلا قيمة</translation>
    </message>
    <message>
        <source>{verdicts}, {condition}</source>
        <translation>{verdicts}، {condition}</translation>
    </message>
    <message>
        <source>glossary concept {concept!r}: use letters, digits and _ only</source>
        <translation>مفهوم المسرد {concept!r}: استخدم الحروف والأرقام و_ فقط</translation>
    </message>
    <message>
        <source>glossary term {term!r}: at most {count} words</source>
        <translation>مصطلح المسرد {term!r}: الحد الأقصى {count} كلمات</translation>
    </message>
    <message>
        <source>glossary term {term!r}: it has no letters or digits</source>
        <translation>مصطلح المسرد {term!r}: لا يحتوي على حروف أو أرقام</translation>
    </message>
    <message>
        <source>there is no article {id}</source>
        <translation>لا يوجد مقال رقمه {id}</translation>
    </message>
    <message>
        <source>a link decision is &apos;same&apos; or &apos;different&apos;, not {decision!r}</source>
        <translation>قرار الربط إما &apos;same&apos; أو &apos;different&apos;، لا {decision!r}</translation>
    </message>
    <message>
        <source>a link decision needs the name of the person who made it</source>
        <translation>يحتاج قرار الربط إلى اسم الشخص الذي اتخذه</translation>
    </message>
    <message>
        <source>claim {id} cannot be linked to itself</source>
        <translation>لا يمكن ربط الادعاء {id} بنفسه</translation>
    </message>
    <message>
        <source>claims {a} and {b} stay in one cluster through other links: split one of them off the cluster instead</source>
        <translation>يبقى الادعاءان {a} و{b} في مجموعة واحدة عبر روابط أخرى: افصل أحدهما عن المجموعة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>there is no claim {ref!r} (neither an id nor an imported external id)</source>
        <translation>لا يوجد ادعاء {ref!r} (لا بوصفه معرّفًا ولا معرّفًا خارجيًا مستوردًا)</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <source>only a supervisor may add people or change a role (acting: nobody)</source>
        <translation>لا يضيف الأشخاص أو يغيّر الأدوار إلا مشرف (المنفّذ: لا أحد)</translation>
    </message>
    <message>
        <source>only a supervisor may add people or change a role (acting: {by})</source>
        <translation>لا يضيف الأشخاص أو يغيّر الأدوار إلا مشرف (المنفّذ: {by})</translation>
    </message>
    <message>
        <source>role must be one of {roles}, not {role!r}</source>
        <translation>يجب أن يكون الدور أحد ما يلي: {roles}، وليس {role!r}</translation>
    </message>
    <message>
        <source>{name!r} is not a person of this desk: add them with &apos;workbench user add {name} --role checker|supervisor&apos;</source>
        <translation>{name!r} ليس من أعضاء هذا الفريق: أضفه بالأمر ⁦&apos;workbench user add {name} --role checker|supervisor&apos;⁩</translation>
    </message>
    <message>
        <source>{name} cannot change their own role: another supervisor must</source>
        <translation>لا يمكن لـ{name} تغيير دوره بنفسه: يجب أن يغيّره مشرف آخر</translation>
    </message>
    <message>
        <source>&apos;language&apos; should be a code such as ar, he or en, not {value!r}</source>
        <translation>يجب أن يكون &apos;language&apos; رمزًا مثل ar أو he أو en، لا {value!r}</translation>
    </message>
    <message>
        <source>&apos;published&apos; is not a date: {value!r}</source>
        <translation>&apos;published&apos; ليس تاريخًا: {value!r}</translation>
    </message>
    <message>
        <source>CSV line {line} has {count} fields where the header has {header}</source>
        <translation>في سطر CSV رقم {line} عدد الحقول {count}، بينما عددها في الترويسة {header}</translation>
    </message>
    <message>
        <source>CSV line {line}: {trouble}</source>
        <translation>سطر CSV رقم {line}: {trouble}</translation>
    </message>
    <message>
        <source>a quotation mark opened on this line is never closed</source>
        <translation>علامة تنصيص فُتحت في هذا السطر ولم تُغلق</translation>
    </message>
    <message>
        <source>a quoted field runs on to line {line} and swallows what look like rows of their own (a missing quotation mark?)</source>
        <translation>حقل بين علامتي تنصيص يمتد حتى السطر {line} ويبتلع ما يبدو أنها صفوف مستقلة (هل تنقص علامة تنصيص؟)</translation>
    </message>
    <message>
        <source>cannot be parsed ({error})</source>
        <translation>يتعذر تحليله ({error})</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>تتعذر قراءته: {reason}</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; holds \u{code:04x} at character {position}, half of a UTF-16 pair without its other half: not text</source>
        <translation>الحقل &apos;{name}&apos; يحتوي على \u{code:04x} عند الحرف {position}، وهو نصف زوج UTF-16 دون نصفه الآخر: ليس نصًا</translation>
    </message>
    <message>
        <source>field &apos;{name}&apos; should be text, not {type}</source>
        <translation>يجب أن يكون الحقل &apos;{name}&apos; نصًا، لا {type}</translation>
    </message>
    <message>
        <source>it has no &apos;text&apos; field</source>
        <translation>لا يوجد حقل &apos;text&apos;</translation>
    </message>
    <message>
        <source>it has no text</source>
        <translation>لا يوجد نص</translation>
    </message>
    <message>
        <source>its &apos;text&apos; field is empty or not text</source>
        <translation>حقل &apos;text&apos; فارغ أو ليس نصًا</translation>
    </message>
    <message>
        <source>line {line} is not a JSON object</source>
        <translation>السطر {line} ليس كائن JSON</translation>
    </message>
    <message>
        <source>line {line} is not valid JSON at column {column} ({error})</source>
        <translation>السطر {line} ليس JSON صالحًا عند العمود {column} ({error})</translation>
    </message>
    <message>
        <source>no article text was found in the HTML</source>
        <translation>لم يُعثر على نص مقال في ملف HTML</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>not a JSON object with &apos;title&apos; and &apos;text&apos;</source>
        <translation>ليس كائن JSON يحتوي على &apos;title&apos; و&apos;text&apos;</translation>
    </message>
    <message>
        <source>not valid JSON: {error} at line {line}, column {column}</source>
        <translation>ليس JSON صالحًا: {error} في السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <source>the CSV file is empty</source>
        <translation>ملف CSV فارغ</translation>
    </message>
    <message>
        <source>the CSV header has no &apos;text&apos; column (columns: {columns})</source>
        <translation>لا يوجد عمود &apos;text&apos; في ترويسة ملف CSV (الأعمدة: {columns})</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB, over the {limit} MB limit for an article; split it into one file per article, or import it as JSONL or CSV records</source>
        <translation>حجم الملف {size:.0f} ميغابايت، وهو أكبر من الحد البالغ {limit} ميغابايت للمقال الواحد؛ قسّمه إلى ملف لكل مقال، أو استورده سجلاتٍ بصيغة JSONL أو CSV</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB, over the {limit} MB limit for one file; split it</source>
        <translation>حجم الملف {size:.0f} ميغابايت، وهو أكبر من الحد البالغ {limit} ميغابايت للملف الواحد؛ قسّمه</translation>
    </message>
    <message>
        <source>the text has {count:,} characters, over the {limit:,} limit for one article</source>
        <translation>عدد أحرف النص {count:,}، وهو أكثر من الحد البالغ {limit:,} للمقال الواحد</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {types})</source>
        <translation>نوع الملف &apos;{suffix}&apos; غير مدعوم (الأنواع المدعومة: {types})</translation>
    </message>
    <message>
        <source>unsupported file: its name has no file type such as .txt (supported: {types})</source>
        <translation>ملف غير مدعوم: لا يحمل اسمه نوع ملف مثل ⁦.txt⁩ (الأنواع المدعومة: {types})</translation>
    </message>
    <message>
        <source>{path} (record {record})</source>
        <translation>{path} (السجل {record})</translation>
    </message>
    <message>
        <source>1–2 weeks</source>
        <translation>1–2 أسبوع</translation>
    </message>
    <message>
        <source>1–3 days</source>
        <translation>1–3 أيام</translation>
    </message>
    <message>
        <source>3–7 days</source>
        <translation>3–7 أيام</translation>
    </message>
    <message>
        <source>&lt; 1 day</source>
        <translation>أقل من يوم</translation>
    </message>
    <message>
        <source>&gt; 2 weeks</source>
        <translation>أكثر من أسبوعين</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Desk dashboard</source>
        <translation>لوحة متابعة الديسك</translation>
    </message>
    <message>
        <source>Desk dashboard · {n} verdicts · {stamp}</source>
        <translation>لوحة متابعة الديسك · الأحكام: {n} · {stamp}</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Most-repeated claims across articles</source>
        <translation>الادعاءات الأكثر تكرارًا عبر المقالات</translation>
    </message>
    <message>
        <source>No claim has been linked to the same claim in another article yet</source>
        <translation>لم يُربط أي ادعاء بالادعاء نفسه في مقال آخر بعد</translation>
    </message>
    <message>
        <source>No languages recorded</source>
        <translation>لم تُسجَّل أي لغة</translation>
    </message>
    <message>
        <source>No verdicts yet.</source>
        <translation>لا أحكام بعد.</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>{path} is not a regular file: it is left as it is</source>
        <translation>{path} ليس ملفًا عاديًا: تُرك كما هو</translation>
    </message>
    <message>
        <source>{path} is read-only: it is kept as it is (make it writable, or give another name)</source>
        <translation>{path} للقراءة فقط: يبقى كما هو (اجعله قابلًا للكتابة، أو اختر اسمًا آخر)</translation>
    </message>
    <message>
        <source>the CSV rows kept for {count} verdict(s) ({ids}) are not current: they were changed outside the workbench; run &apos;workbench reindex&apos;</source>
        <translation>صفوف CSV المحفوظة لـ {count} حكمًا ({ids}) ليست محدّثة: غُيّرت خارج منضدة العمل؛ شغّل &apos;workbench reindex&apos;</translation>
    </message>
    <message>
        <source>the database&apos;s trigger {name} is missing: it was dropped outside the workbench, and the CSV export can miss changes</source>
        <translation>المُشغِّل {name} مفقود من قاعدة البيانات: حُذف خارج منضدة العمل، وقد يفوت تصديرَ CSV بعضُ التغييرات</translation>
    </message>
    <message>
        <source>the search index: SQLite checks it by writing, and the database is opened read-only</source>
        <translation>فهرس البحث: يفحصه SQLite بالكتابة، وقاعدة البيانات مفتوحة للقراءة فقط</translation>
    </message>
    <message>
        <source>article {name!r}: the file holds {count} articles; name one as {first} … {last}</source>
        <translation>المقال {name!r}: يحوي الملف {count} مقالات؛ سمِّ واحدًا منها: {first} … {last}</translation>
    </message>
    <message>
        <source>pair {a} / {b}: {reason}</source>
        <translation>الزوج {a} / {b}: {reason}</translation>
    </message>
    <message>
        <source>claim {id} cannot be restored: it is there already</source>
        <translation>لا يمكن استعادة الادعاء {id}: إنه موجود بالفعل</translation>
    </message>
    <message>
        <source>claim {claim} is covered by verdict {id}, which is {state}: only a supervisor may change a claim an approved or published verdict covers (its quote, statement and tags are published with it)</source>
        <translation>الادعاء {claim} يشمله الحكم {id}، والحكم {state}: لا يغيّر ادعاءً يشمله حكم معتمد أو منشور إلا مشرف (فاقتباسه وصياغته ووسومه تُنشر مع الحكم)</translation>
    </message>
    <message>
        <source>that would change which claims verdict {id} covers (claim(s) {claims}), and it is {state}: only a supervisor may change what an approved or published verdict covers</source>
        <translation>هذا يغيّر الادعاءات التي يشملها الحكم {id} (الادعاء/الادعاءات {claims})، والحكم {state}: لا يغيّر ما يشمله حكم معتمد أو منشور إلا مشرف</translation>
    </message>
    <message>
        <source>the period starts on {since}, after it ends on {until}: no date is in it</source>
        <translation>تبدأ الفترة في {since}، بعد نهايتها في {until}: لا يقع فيها أي تاريخ</translation>
    </message>
    <message>
        <source>glossary term {term!r}: {language!r} is not a language the library tells apart (ar, he, en, fa, ru…)</source>
        <translation>مصطلح المسرد {term!r}: ‏{language!r} ليست لغة تميّزها المكتبة (ar، he، en، fa، ru…)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>&apos;url&apos; {value!r} is not a web address: {reason}</source>
        <translation>الحقل &apos;url&apos; بقيمة {value!r} ليس عنوان ويب: {reason}</translation>
    </message>
    <message>
        <source>The charts fill in as the desk writes, reviews and publishes verdicts.
Generated {stamp}.</source>
        <translation>تمتلئ الرسوم البيانية كلما كتب الديسك أحكامًا وراجعها ونشرها.
أُنشئ في {stamp}.</translation>
    </message>
    <message>
        <source>Verdicts by language of their claims</source>
        <translation>الأحكام حسب لغة ادعاءاتها</translation>
    </message>
    <message>
        <source>Verdicts by rating</source>
        <translation>الأحكام حسب التقييم</translation>
    </message>
    <message>
        <source>Verdicts published per week</source>
        <translation>الأحكام المنشورة أسبوعيًا</translation>
    </message>
    <message>
        <source>Waiting for review: {n}</source>
        <translation>بانتظار المراجعة: {n}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>الأسبوع {week}</translation>
    </message>
    <message>
        <source>a report is a .pdf or .png file, not a file without a suffix ({name})</source>
        <translation>التقرير ملف ⁦.pdf⁩ أو ⁦.png⁩، لا ملف بلا امتداد ({name})</translation>
    </message>
    <message>
        <source>a report is a .pdf or .png file, not {suffix!r} ({name})</source>
        <translation>التقرير ملف ⁦.pdf⁩ أو ⁦.png⁩، لا {suffix!r} ({name})</translation>
    </message>
    <message>
        <source>articles the claim appears in</source>
        <translation>المقالات التي يرد فيها الادعاء</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>بلا حكم</translation>
    </message>
    <message>
        <source>the dashboard shows at least one week, not {weeks}</source>
        <translation>تعرض لوحة المتابعة أسبوعًا واحدًا على الأقل، لا {weeks}</translation>
    </message>
    <message>
        <source>time since submission</source>
        <translation>الوقت منذ التقديم</translation>
    </message>
    <message>
        <source>{day} Apr</source>
        <translation>{day} أبريل</translation>
    </message>
    <message>
        <source>{day} Aug</source>
        <translation>{day} أغسطس</translation>
    </message>
    <message>
        <source>{day} Dec</source>
        <translation>{day} ديسمبر</translation>
    </message>
    <message>
        <source>{day} Feb</source>
        <translation>{day} فبراير</translation>
    </message>
    <message>
        <source>{day} Jan</source>
        <translation>{day} يناير</translation>
    </message>
    <message>
        <source>{day} Jul</source>
        <translation>{day} يوليو</translation>
    </message>
    <message>
        <source>{day} Jun</source>
        <translation>{day} يونيو</translation>
    </message>
    <message>
        <source>{day} Mar</source>
        <translation>{day} مارس</translation>
    </message>
    <message>
        <source>{day} May</source>
        <translation>{day} مايو</translation>
    </message>
    <message>
        <source>{day} Nov</source>
        <translation>{day} نوفمبر</translation>
    </message>
    <message>
        <source>{day} Oct</source>
        <translation>{day} أكتوبر</translation>
    </message>
    <message>
        <source>{day} Sep</source>
        <translation>{day} سبتمبر</translation>
    </message>
    <message>
        <source>the search index cannot be read ({error}); run &apos;workbench reindex&apos;</source>
        <translation>تتعذر قراءة فهرس البحث ({error})؛ شغّل ⁦&apos;workbench reindex&apos;⁩</translation>
    </message>
    <message>
        <source>only a supervisor may change the desk&apos;s settings; {who} is not one</source>
        <translation>لا يغيّر إعدادات الفريق إلا مشرف؛ و{who} ليس مشرفًا</translation>
    </message>
    <message>
        <source>the address of a verdict&apos;s page (review_url) holds {placeholder}; {{id}} is the only one it may hold</source>
        <translation>عنوان صفحة الحكم يحتوي على ⁦{placeholder}⁩؛ لا يجوز أن يحتوي إلا على ⁦{{id}}⁩</translation>
    </message>
    <message>
        <source>unknown setting {key!r}; the settings are: {keys}</source>
        <translation>إعداد غير معروف {key!r}؛ الإعدادات المتاحة: {keys}</translation>
    </message>
    <message>
        <source>source {position} needs a web address or an article of the library</source>
        <translation>المصدر {position} يحتاج إلى عنوان ويب أو إلى مقال من المكتبة</translation>
    </message>
    <message>
        <source>source {position}: address is {length} characters long; the limit is {limit}</source>
        <translation>المصدر {position}: عدد أحرف عنوان الويب {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>source {position}: archived copy is {length} characters long; the limit is {limit}</source>
        <translation>المصدر {position}: عدد أحرف عنوان النسخة المؤرشفة {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>source {position}: date accessed {value!r} is in the future</source>
        <translation>المصدر {position}: تاريخ الاطلاع {value!r} في المستقبل</translation>
    </message>
    <message>
        <source>source {position}: date accessed {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>المصدر {position}: تاريخ الاطلاع {value!r} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>source {position}: date published {value!r} is in the future</source>
        <translation>المصدر {position}: تاريخ النشر {value!r} في المستقبل</translation>
    </message>
    <message>
        <source>source {position}: date published {value!r} is not a date (YYYY-MM-DD)</source>
        <translation>المصدر {position}: تاريخ النشر {value!r} ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>source {position}: stance is &apos;supports&apos; or &apos;contradicts&apos;, not {stance!r}</source>
        <translation>المصدر {position}: الموقف إما &apos;supports&apos; (يؤيد) أو &apos;contradicts&apos; (يناقض)، وليس {stance!r}</translation>
    </message>
    <message>
        <source>source {position}: the publisher is {length} characters long; the limit is {limit}</source>
        <translation>المصدر {position}: عدد أحرف اسم الناشر {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>source {position}: the quoted passage is {length} characters long; the limit is {limit}</source>
        <translation>المصدر {position}: عدد أحرف المقطع المقتبس {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>source {position}: the title is {length} characters long; the limit is {limit}</source>
        <translation>المصدر {position}: عدد أحرف العنوان الرئيسي {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>source {position}: there is no article {article} in the library</source>
        <translation>المصدر {position}: لا يوجد مقال {article} في المكتبة</translation>
    </message>
    <message>
        <source>{setting} is {length} characters long; the limit is {limit}</source>
        <translation>عدد أحرف قيمة {setting} هو {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>cannot open the database {path}: {reason}</source>
        <translation>تعذّر فتح قاعدة البيانات {path}: {reason}</translation>
    </message>
    <message>
        <source>database error on {path}: {reason}</source>
        <translation>خطأ في قاعدة البيانات {path}: {reason}</translation>
    </message>
    <message>
        <source>the database {path} cannot be written (read-only file or folder)</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {path} (الملف أو المجلد للقراءة فقط)</translation>
    </message>
    <message>
        <source>the database {path} is read-only and needs an upgrade this version must write</source>
        <translation>قاعدة البيانات {path} للقراءة فقط، وتحتاج إلى ترقية يجب أن يكتبها هذا الإصدار</translation>
    </message>
    <message>
        <source>the disk holding {path} could not be read or written (is it full, unplugged or failing?): nothing was written; free some space or check the disk, and try again</source>
        <translation>تعذّرت القراءة من القرص الذي يحوي {path} أو الكتابة عليه (هل هو ممتلئ أو مفصول أو معطّل؟): لم يُكتب شيء؛ أفرغ بعض المساحة أو افحص القرص، ثم حاول مجددًا</translation>
    </message>
    <message>
        <source>the disk holding {path} is full (or the database reached its size limit): nothing was written; free some space and try again</source>
        <translation>القرص الذي يحوي {path} ممتلئ (أو بلغت قاعدة البيانات حدّ حجمها): لم يُكتب شيء؛ أفرغ بعض المساحة وحاول مجددًا</translation>
    </message>
    <message>
        <source>the library {path} is busy: another window, person or program is writing to it (waited {seconds} s); nothing was written: try again in a moment</source>
        <translation>المكتبة {path} مشغولة: نافذة أخرى أو شخص آخر أو برنامج يكتب فيها (انتظرنا {seconds} ث)؛ لم يُكتب شيء: أعد المحاولة بعد لحظة</translation>
    </message>
    <message>
        <source>there is no database at {path} yet; &apos;workbench import PATH&apos; creates it</source>
        <translation>لا توجد قاعدة بيانات في {path} بعد؛ الأمر ⁦&apos;workbench import PATH&apos;⁩ ينشئها</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} مجلد، وليس ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program (tables: {tables}); refusing to change it</source>
        <translation>{path} قاعدة بيانات SQLite تخص برنامجًا آخر (الجداول: {tables})؛ لن نغيّرها</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); refusing to touch it</source>
        <translation>{path} ليس ملفا عاديا (جهاز أو أنبوب أو مقبس)؛ لن نمسّه</translation>
    </message>
    <message>
        <source>{path} is not a workbench database (or is damaged): {reason}</source>
        <translation>{path} ليس قاعدة بيانات للمنصة (أو أنه تالف): {reason}</translation>
    </message>
    <message>
        <source>{path} is not an SQLite database; refusing to touch it</source>
        <translation>{path} ليس قاعدة بيانات SQLite؛ لن نمسّه</translation>
    </message>
    <message>
        <source>the file is {size:,} KB, over the {limit:,} KB limit</source>
        <translation>حجم الملف {size:,} كيلوبايت، أكثر من الحد {limit:,} كيلوبايت</translation>
    </message>
    <message>
        <source>a rating needs a label</source>
        <translation>التقييم يحتاج إلى اسم</translation>
    </message>
    <message>
        <source>checker: {old!r} -&gt; {new!r}</source>
        <translation>المدقق: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>comment: {old!r} -&gt; {new!r}</source>
        <translation>التعليق: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <source>only a supervisor may change the rating scale; {who} is not one</source>
        <translation>لا يغيّر سلّم التقييمات إلا مشرف؛ و{who} ليس مشرفًا</translation>
    </message>
    <message>
        <source>only a supervisor may merge a verdict that was approved or published</source>
        <translation>لا يدمج حكمًا معتمدًا أو منشورًا إلا مشرف</translation>
    </message>
    <message>
        <source>rating {label!r}: its value must be a number, not {value}</source>
        <translation>التقييم {label!r}: يجب أن تكون قيمته عددًا، لا {value}</translation>
    </message>
    <message>
        <source>rating: {old!r} -&gt; {new!r}</source>
        <translation>التقييم: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>source added: article {article} ({stance})</source>
        <translation>أُضيف مصدر: المقال {article} ({stance})</translation>
    </message>
    <message>
        <source>source added: article {article} ({stance}) {title!r}</source>
        <translation>أُضيف مصدر: المقال {article} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source added: {url} ({stance})</source>
        <translation>أُضيف مصدر: {url} ({stance})</translation>
    </message>
    <message>
        <source>source added: {url} ({stance}) {title!r}</source>
        <translation>أُضيف مصدر: {url} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source removed: article {article} ({stance})</source>
        <translation>حُذف مصدر: المقال {article} ({stance})</translation>
    </message>
    <message>
        <source>source removed: article {article} ({stance}) {title!r}</source>
        <translation>حُذف مصدر: المقال {article} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source removed: {url} ({stance})</source>
        <translation>حُذف مصدر: {url} ({stance})</translation>
    </message>
    <message>
        <source>source removed: {url} ({stance}) {title!r}</source>
        <translation>حُذف مصدر: {url} ({stance}) {title!r}</translation>
    </message>
    <message>
        <source>source {position} repeats source {original}</source>
        <translation>المصدر {position} يكرر المصدر {original}</translation>
    </message>
    <message>
        <source>state: {old!r} -&gt; {new!r}</source>
        <translation>الحالة: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>summary: {old!r} -&gt; {new!r}</source>
        <translation>الملخص: {old!r} ← {new!r}</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>يؤيد</translation>
    </message>
    <message>
        <source>the rationale is {length:,} characters long; the limit is {limit:,}</source>
        <translation>عدد أحرف التعليل {length:,}؛ والحد الأقصى {limit:,}</translation>
    </message>
    <message>
        <source>the summary is empty: say the verdict in one line</source>
        <translation>الملخص فارغ: اكتب الحكم في سطر واحد</translation>
    </message>
    <message>
        <source>the summary is one line; put paragraphs in the rationale</source>
        <translation>الملخص سطر واحد؛ ضع الفقرات في التعليل</translation>
    </message>
    <message>
        <source>the summary is {length} characters long; the limit is {limit}</source>
        <translation>عدد أحرف الملخص {length}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>the verdict you opened no longer covers claim {claim}: reload</source>
        <translation>الحكم الذي فتحته لم يعد يغطي الادعاء {claim}: أعد التحميل</translation>
    </message>
    <message>
        <source>the {name} holds a control character (U+{code:04X}, character {position}), which is invisible and cannot be published: remove it</source>
        <translation>يحتوي حقل {name} على حرف تحكم (U+{code:04X}، الحرف {position}) لا يُرى ولا يمكن نشره: احذفه</translation>
    </message>
    <message>
        <source>the {name} holds a line break or a tab: a name is one line</source>
        <translation>يحوي {name} فاصل سطر أو جدولة: الاسم سطر واحد</translation>
    </message>
    <message>
        <source>the {name} holds an invisible character (U+{code:04X}, character {position}), which would make it look like another: remove it</source>
        <translation>يحوي {name} محرفا غير مرئي (U+{code:04X}، المحرف {position}) قد يجعله يبدو كغيره: احذفه</translation>
    </message>
    <message>
        <source>the {name} holds bytes that are not UTF-8 text (character {position}): type it again, or set the terminal to UTF-8</source>
        <translation>يحتوي حقل {name} على بايتات ليست نصًا بترميز UTF-8 (الحرف {position}): اكتبه من جديد، أو اضبط الطرفية على UTF-8</translation>
    </message>
    <message>
        <source>there is no verdict {id}</source>
        <translation>لا يوجد حكم {id}</translation>
    </message>
    <message>
        <source>unknown rating {rating!r}: the scale writes it {label!r}; the scale is: {offered}</source>
        <translation>تقييم غير معروف {rating!r}: يكتبه السلّم {label!r}؛ سلّم التقييمات هو: {offered}</translation>
    </message>
    <message>
        <source>unknown rating {rating!r}; the scale is: {offered}</source>
        <translation>تقييم غير معروف {rating!r}؛ سلّم التقييمات هو: {offered}</translation>
    </message>
    <message>
        <source>verdict {ids} covers the same cluster: merge them</source>
        <translation>الحكم {ids} يغطي المجموعة نفسها: ادمجهما</translation>
    </message>
    <message>
        <source>verdict {id} cannot be merged into itself: give the verdict to keep and the other one (workbench verdict show lists its conflicts)</source>
        <translation>لا يمكن دمج الحكم {id} في نفسه: اذكر الحكم الذي يبقى والحكم الآخر (يسرد workbench verdict show تعارضاته)</translation>
    </message>
    <message>
        <source>verdict {id} differs from its revision {revision} (changed outside the workbench, or the revision is missing)</source>
        <translation>الحكم {id} يختلف عن مراجعته {revision} (غُيِّر من خارج المنصة، أو أن المراجعة مفقودة)</translation>
    </message>
    <message>
        <source>verdict {id} revision {revision} differs from what the audit log recorded of it</source>
        <translation>المراجعة {revision} من الحكم {id} تختلف عمّا سجّله سجل التدقيق عنها</translation>
    </message>
    <message>
        <source>verdict {id} was changed by {actor} ({action}, revision {revision}, {at}) since you opened revision {expected}: reload it to see that change, then make yours again</source>
        <translation>غُيِّر الحكم {id} من قِبل {actor} ({action}، المراجعة {revision}، {at}) منذ أن فتحتَ المراجعة {expected}: أعد تحميله لترى ذلك التغيير، ثم أجرِ تغييرك من جديد</translation>
    </message>
    <message>
        <source>verdict {other} was merged into verdict {into} already</source>
        <translation>دُمج الحكم {other} في الحكم {into} من قبل</translation>
    </message>
    <message>
        <source>verdicts {ids} cover the same cluster: merge them</source>
        <translation>الأحكام {ids} تغطي المجموعة نفسها: ادمجها</translation>
    </message>
    <message>
        <source>verdicts {ids} cover this claim&apos;s cluster: merge them first (&apos;workbench verdict merge KEEP OTHER&apos;)</source>
        <translation>الأحكام {ids} تغطي مجموعة هذا الادعاء: ادمجها أولًا (⁦&apos;workbench verdict merge KEEP OTHER&apos;⁩)</translation>
    </message>
    <message>
        <source>verdicts {keep} and {other} do not cover one cluster: nothing to merge</source>
        <translation>الحكمان {keep} و{other} لا يغطيان مجموعة واحدة: لا شيء للدمج</translation>
    </message>
    <message>
        <source>{checker} wrote verdict {id} on this claim&apos;s cluster meanwhile: reload it and revise it instead</source>
        <translation>كُتب في هذه الأثناء الحكم {id} على مجموعة هذا الادعاء بقلم {checker}: أعد تحميله وعدّله بدلًا من ذلك</translation>
    </message>
    <message>
        <source>it is approved: a supervisor returns it first</source>
        <translation>إنه معتمد: يعيده مشرف أولًا</translation>
    </message>
    <message>
        <source>it is not approved yet</source>
        <translation>لم يُعتمد بعد</translation>
    </message>
    <message>
        <source>it is published: a supervisor reopens it as a new revision</source>
        <translation>إنه منشور: يعيد مشرف فتحه كمراجعة جديدة</translation>
    </message>
    <message>
        <source>it is submitted and waiting for review: withdraw it first</source>
        <translation>إنه مُقدَّم وينتظر المراجعة: اسحبه أولًا</translation>
    </message>
    <message>
        <source>it is {state}</source>
        <translation>حالته: {state}</translation>
    </message>
    <message>
        <source>it was merged into another verdict</source>
        <translation>دُمج في حكم آخر</translation>
    </message>
    <message>
        <source>it was returned: revise it first (it goes back to draft)</source>
        <translation>أُعيد: عدّله أولًا (فيعود مسودة)</translation>
    </message>
    <message>
        <source>only a supervisor may {action} a verdict; {who} is a {role}</source>
        <translation>وحده المشرف يحق له {action} الحكم؛ {who} دوره: {role}</translation>
    </message>
    <message>
        <source>returning a verdict needs a comment saying what to change</source>
        <translation>إعادة الحكم تحتاج إلى تعليق يوضح ما يجب تغييره</translation>
    </message>
    <message>
        <source>unknown action {action!r}; one of {actions}</source>
        <translation>إجراء غير معروف {action!r}؛ الإجراءات المتاحة: {actions}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be approved: {why}</source>
        <translation>لا يمكن اعتماد الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be changed: {why}</source>
        <translation>لا يمكن تعديل الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be published: {why}</source>
        <translation>لا يمكن نشر الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be reopened: {why}</source>
        <translation>لا يمكن إعادة فتح الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be returned: {why}</source>
        <translation>لا يمكن إعادة الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be submitted: {why}</source>
        <translation>لا يمكن تقديم الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} cannot be withdrawn: {why}</source>
        <translation>لا يمكن سحب الحكم {id}: {why}</translation>
    </message>
    <message>
        <source>verdict {id} has no source: add at least one before submitting</source>
        <translation>الحكم {id} بلا مصدر: أضف مصدرًا واحدًا على الأقل قبل التقديم</translation>
    </message>
    <message>
        <source>{who} wrote or submitted verdict {id} and cannot approve it too: another supervisor must (four-eyes rule)</source>
        <translation>{who} كتب الحكم {id} أو قدّمه ولا يمكنه اعتماده أيضًا: يجب أن يعتمده مشرف آخر (قاعدة العينين الأربع)</translation>
    </message>
</context>
<context>
    <name>core term</name>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُعاد</translation>
    </message>
    <message>
        <source>published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>مدموج</translation>
    </message>
    <message>
        <source>checker</source>
        <translation>مدقق</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>return</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>إعادة فتح</translation>
    </message>
    <message>
        <source>create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>التعليل</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>term</source>
        <translation>المصطلح</translation>
    </message>
</context>
</TS>
