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
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
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
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
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
        <source>Select a claim first, then the new text for it.</source>
        <translation>اختر ادعاءً أولًا، ثم النص الجديد له.</translation>
    </message>
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
        <source>Linking is already running.</source>
        <translation>الربط جارٍ بالفعل.</translation>
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
        <source>An import is already running.</source>
        <translation>هناك استيراد جارٍ بالفعل.</translation>
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
    <message>
        <source>The open article was removed by someone else.</source>
        <translation>أزال شخص آخر المقال المفتوح.</translation>
    </message>
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
        <source>no article is open</source>
        <translation>لا يوجد مقال مفتوح</translation>
    </message>
    <message>
        <source>select the text of the claim first</source>
        <translation>حدّد نص الادعاء أولًا</translation>
    </message>
    <message>
        <source>the selection reaches into folded boilerplate; unfold it first</source>
        <translation>التحديد يمتد إلى زوائد مطويّة؛ افتحها أولًا</translation>
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
</TS>
