#!/usr/bin/env python
"""Benchmark of the article library: import throughput, search latency, size, memory.

    .venv/bin/python bench/bench_library.py                 # N = 10,000 and 100,000
    .venv/bin/python bench/bench_library.py --quick         # N = 1,000 and 5,000
    .venv/bin/python bench/bench_library.py --sizes 2000,20000

For every size N:

* a synthetic corpus of .txt news articles is written once (and reused) under
  ``bench/out/corpus-seed<S>/`` (git-ignored): ~50% Arabic, 25% Hebrew, 25%
  English, 1-8 KB, headline + 5-30 paragraph lines, drawn from a few hundred
  real news words per language (Zipf-weighted), with harakat / niqqud on some
  words, Arabic-Indic digits, joined clitics, Latin names inside Arabic and
  Hebrew text, date lines and web boilerplate (subscription notices, comment
  forms, CAPTCHA, "read also" lists, repeated paragraphs). Seeded and
  deterministic per article, so N=10,000 is the first 10,000 articles of
  N=100,000;
* ``workbench.library.ingest.import_paths`` imports the first N articles into a
  fresh database, in a fresh subprocess whose RSS high-water mark is the
  import's own; the worker processes that read and analyse the files of a
  large import count too (the peak RSS adds each worker's peak; their CPU
  time is shown beside the wait for them). Timed: the
  ``import_paths`` call only; timers wrapped around the steps it calls
  (read_file, analyse, fts_row, _current_versions, _flush, and the wait for
  the workers) say where the time goes. An import still running after
  ``--import-time-limit`` ms per article (10: slower than 100 articles/s) is cancelled through ``should_cancel`` and
  reported as stopped (then the reference database, which holds the same
  rows, stands in for the size and search measures);
* with ``--repeat K``, the import and the reference run K times each, taking turns, and
  the best time of each counts (the machine is shared: a slower run is another
  program's doing, not the code's); each turn's ratio is shown too;
* the reference, in another fresh subprocess: the very same rows (articles,
  paragraphs, folds, FTS) are computed with ``workbench.library.readers`` and
  ``workbench.library.derived`` - untimed - and written with bare sqlite-utils
  ``insert_all`` into a fresh database made by ``open_db``, one transaction
  per ``ingest.BATCH_SIZE`` articles as the import commits - timed.

On the largest database: search latency of ``workbench.library.search.search`` for a
fixed list of queries, against a bare FTS5 ``MATCH ? ORDER BY rank LIMIT 20``
with the same MATCH string; and the database size per article.

A run measures a copy of workbench/ taken when it starts (bench/out/core-snapshot),
so edits made meanwhile do not mix versions; the last line names the commit.
One table goes to stdout, progress to stderr. Timings never belong in tests.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SNAPSHOT = OUT / "core-snapshot"  # the copy of workbench/ that a run measures
# Child processes (and the parent, after taking the snapshot) import the core
# from the snapshot, so edits to workbench/ during a long run do not mix versions.
sys.path.insert(0, os.environ.get("BENCH_CORE") or str(ROOT))

SHARD = 1000  # articles per corpus folder
MAX_BODY_BYTES = 7000  # paragraphs beyond this are dropped (boilerplate and headline come on top)
GENERATOR_VERSION = 1  # bump when the generator changes: an old corpus is then rewritten

IMPORT_RATIO_GOAL = 2.0
SEARCH_P95_GOAL_MS = 50.0
RSS_GOAL_MB = 300.0
RSS_FLAT_GOAL = 1.25  # peak RSS at the largest N / peak RSS at the smallest N

# ---------------------------------------------------------------------------
# Vocabulary. In each content list the order is the frequency rank: words at
# the top are drawn often, words at the end rarely (Zipf weights). "_" joins
# a fixed phrase, which goes into the text whole.
# ---------------------------------------------------------------------------

AR_FUNCTION = """
في من إلى على عن مع بعد قبل خلال حول بين ضد منذ حتى أن إن التي الذي الذين هذا هذه
ذلك تلك كان كانت قد لم لن ما لا كما أيضا حيث وفق بحسب نحو أكثر أقل جميع كل بعض عدة
عند لدى غير إلا ثم أو بل لكن هناك هنا اليوم أمس
"""

AR_CONTENT = """
الرئيس الحكومة وزير الخارجية الجيش روسيا أوكرانيا غزة إسرائيل إيران الولايات_المتحدة مصر
سوريا لبنان العراق الأردن فلسطين تركيا السعودية الإمارات قطر الكويت اليمن ليبيا تونس الجزائر
المغرب السودان الصين فرنسا ألمانيا بريطانيا اليابان الهند باكستان القدس بيروت دمشق بغداد
القاهرة الرياض طهران أنقرة موسكو كييف واشنطن باريس لندن برلين بكين جنيف الدوحة الخرطوم
صنعاء حلب الموصل رفح
قال أعلن أكد أشار أضاف أوضح نفى حذر دعا طالب أفاد ذكر كشف نقل قالت أعلنت أكدت وصل غادر
استقبل التقى بحث ناقش رفض وافق شدد اتهم أدان هدد
رئيس الوزراء الدفاع الملك الأمير الشيخ السفير المتحدث الجنرال القائد المبعوث الأمين_العام
نائب البرلمان المعارضة الحزب الرئاسة الداخلية
القوات الجنود الصواريخ صاروخ طائرة مسيرة الطائرات قصف غارة غارات هجوم الهجوم الدبابات
الحدود الجبهة المعركة الحرب السلاح الأسلحة الدفاع_الجوي العسكرية عملية اشتباكات القتلى
الجرحى الضحايا الأسرى الرهائن الاحتلال المقاومة الهدنة وقف_إطلاق_النار الانسحاب التصعيد
انفجار الأمن الشرطة البحرية قاعدة الاستخبارات
العقوبات عقوبات النفط الغاز الاقتصاد البنك_المركزي الدولار اليورو التضخم الأسعار
الصادرات الواردات التجارة الاستثمار الميزانية الديون صندوق_النقد_الدولي المساعدات الإنسانية
زيارة الزيارة زار لقاء اجتماع القمة المفاوضات محادثات الوفد الأمم_المتحدة مجلس_الأمن قرار
بيان تصريح مؤتمر صحفي اتفاق الاتفاق الاتفاقية معاهدة المعاهدة توقيع وقع السلام التطبيع
العلاقات الدبلوماسية الثنائية التعاون الشراكة الاعتراف الانتخابات الدستور المحكمة القانون
مصادر وكالة الأنباء صحيفة تقرير التقرير مسؤول المسؤولين الشعب المواطنين اللاجئين النازحين
المدنيين المنطقة الشرق_الأوسط الدولي الدولية الوطني العربية الإسرائيلي الإيراني الأمريكي
الروسي الأوكراني الصيني التركي المصري السوري الفلسطيني اللبناني الأزمة الوضع المستشفى
الكهرباء المياه الغذاء الاحتجاجات المظاهرات الصحفيين حقوق_الإنسان الجديدة الجديد الكبير
الأول الثاني الأخيرة مستقبل خطة مشروع برنامج ملف الطاقة النووي البرنامج_النووي اليورانيوم
التخصيب المفتشين الوكالة_الدولية_للطاقة_الذرية الحوثيين حزب_الله حماس فتح السلطة_الفلسطينية
الضفة_الغربية المستوطنات المستوطنين الجولان سيناء البحر_الأحمر الخليج مضيق_هرمز السفن الشحن
الموانئ المطار الحدودي المعبر الإغاثة الشاحنات المجاعة الأطفال النساء المدارس الجامعات
الطلاب الأطباء المرضى اللقاحات الوباء الجفاف الفيضانات الزلزال المناخ الاستقرار الأمني
السياسي السياسية الاقتصادية الاجتماعية التاريخية الاستراتيجية الإقليمية العالمية المحلية
واحد اثنان ثلاثة أربعة خمسة عشرة مئة ألف مليون مليار
يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر
الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
الأسبوع الشهر العام السنة صباح مساء ليلة
المحافظة البلدية المدينة القرية العاصمة الشمال الجنوب الشرق الغرب الوسط
الاستفتاء الإعمار المصالحة الوساطة الضمانات الانتقالية التحقيق الفساد الاعتقالات المحاكمة
الأرشيف الوثائق التسريبات القرصنة الإنترنت الفضاء الأقمار_الصناعية الطائرات_المسيرة
الكونغرس الكرملين البنتاغون الإليزيه داونينغ_ستريت الفاتيكان بروكسل فيينا ستوكهولم
أوسلو كامب_ديفيد أستانا سوتشي الكونفدرالية الفيدرالية الترسيم الاستيطان الانشقاق
"""

HE_FUNCTION = """
של את על עם אל מן אחרי לפני במהלך בין נגד מאז עד כי אשר זה זו זאת אלה היה הייתה היו
כבר לא גם כך כמו לפי יותר פחות כל כמה מספר אך אבל או רק עוד שם כאן היום אתמול
"""

HE_CONTENT = """
ראש_הממשלה הממשלה השר הנשיא צה״ל ישראל עזה איראן לבנון סוריה מצרים ירדן סעודיה טורקיה
רוסיה אוקראינה סין ארצות_הברית צרפת גרמניה בריטניה ירושלים תל_אביב חיפה באר_שבע אילת
אשדוד אשקלון שדרות הגליל הנגב הגולן יהודה_ושומרון וושינגטון מוסקבה קייב פריז לונדון
ברלין קהיר דמשק ביירות טהרן רפיח חאן_יונס
אמר אמרה הודיע הודיעה מסר מסרה הוסיף ציין הדגיש הכחיש הזהיר קרא דרש דיווח פורסם נחשף
הגיע עזב נפגש דן דחה אישר הסכים האשים גינה איים החליט
נשיא שר הביטחון החוץ האוצר הרמטכ״ל הכנסת הקבינט האופוזיציה הקואליציה המפלגה השגריר הדובר
המזכיר נתניהו גנץ גלנט לפיד הרצוג ביידן טראמפ פוטין זלנסקי ארדואן מקרון
הצבא צבא חיילים החיילים לוחמים טילים טיל רקטות רקטה כטב״ם מטוס מטוסי_קרב תקיפה תקיפות
התקפה פיגוע מבצע המבצע גבול הגבול חזית מלחמה המלחמה נשק כיפת_ברזל יירוט הפגזה הרוגים
פצועים נפגעים חטופים החטופים שבויים הפסקת_אש הסכם נסיגה הסלמה פיצוץ משטרה המשטרה שב״כ
מודיעין חיל_האוויר חיל_הים בסיס
סנקציות הסנקציות נפט גז כלכלה הכלכלה בנק_ישראל הבנק ריבית דולר שקל שקלים אינפלציה מחירים
יצוא יבוא סחר השקעות תקציב התקציב חוב סיוע הומניטרי
ביקור הביקור ביקר פגישה ועידה פסגה משא_ומתן שיחות משלחת האו״ם מועצת_הביטחון החלטה הודעה
הצהרה מסיבת_עיתונאים חתימה חתם שלום נורמליזציה יחסים דיפלומטי שיתוף_פעולה בחירות חוקה
בית_המשפט העליון חוק אמנה
מקורות סוכנות ידיעות עיתון דוח גורם גורמים בכיר בכירים העם אזרחים פליטים מפונים האזור
המזרח_התיכון בינלאומי לאומי ישראלי איראני אמריקאי רוסי אוקראיני סיני מצרי פלסטיני לבנוני
משבר המצב בית_החולים חשמל מים מזון שיקום הפגנות מחאה עיתונאים זכויות_אדם חדש חדשה גדול
ראשון אחרון עתיד תוכנית פרויקט אנרגיה גרעין תוכנית_הגרעין אורניום העשרה מפקחים החות׳ים
חיזבאללה חמאס פת״ח הרשות_הפלסטינית הגדה_המערבית התנחלויות מתנחלים סיני הים_האדום המפרץ
ספינות נמל נמלים שדה_התעופה מעבר מעבר_רפיח משאיות רעב ילדים נשים בתי_ספר אוניברסיטאות
סטודנטים רופאים חולים חיסונים מגפה בצורת שיטפונות רעידת_אדמה אקלים יציבות ביטחוני
פוליטי מדיני כלכלי חברתי היסטורי אסטרטגי אזורי עולמי מקומי
אחד שניים שלושה ארבעה חמישה עשרה מאה אלף מיליון מיליארד
ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר
שני שלישי רביעי חמישי שישי שבת
השבוע החודש השנה בוקר ערב לילה
העירייה העיר הכפר הבירה צפון דרום מזרח מערב מרכז
משאל_עם פיוס תיווך ערבויות חקירה שחיתות מעצרים משפט
ארכיון מסמכים הדלפות סייבר אינטרנט חלל לוויינים רחפנים
הקונגרס הקרמלין הפנטגון האליזה הוותיקן בריסל וינה שטוקהולם אוסלו קמפ_דייוויד
"""

EN_FUNCTION = """
the of to in and a on for with at by from that as is was were be has have had it its this
which after before during between against since until about over into than more also but or
not their they said will would could new first last two three
"""

EN_CONTENT = """
president government minister foreign army Russia Ukraine Gaza Israel Iran United_States Egypt
Syria Lebanon Iraq Jordan Palestinian Turkey Saudi_Arabia Emirates Qatar Kuwait Yemen Libya
Tunisia Algeria Morocco Sudan China France Germany Britain Japan India Pakistan Jerusalem
Beirut Damascus Baghdad Cairo Riyadh Tehran Ankara Moscow Kyiv Washington Paris London Berlin
Beijing Geneva Doha Khartoum Sanaa Aleppo Mosul Rafah
said announced confirmed noted added explained denied warned called demanded reported revealed
arrived left received met discussed rejected agreed stressed accused condemned threatened
prime_minister defense king prince ambassador spokesman general commander envoy secretary-general
deputy parliament opposition party presidency interior
forces troops soldiers missiles missile aircraft drone drones strike airstrikes attack tanks
border front battle war weapons air_defense military operation clashes killed wounded casualties
prisoners hostages occupation resistance truce ceasefire withdrawal escalation explosion security
police navy base intelligence
sanctions oil gas economy central_bank dollar euro inflation prices exports imports trade
investment budget debt International_Monetary_Fund aid humanitarian
visit visited meeting summit negotiations talks delegation United_Nations Security_Council
resolution statement declaration conference press_conference agreement deal treaty signing
signed peace normalization relations diplomatic bilateral cooperation partnership recognition
elections constitution court law
sources agency news newspaper report official officials people citizens refugees displaced
civilians region Middle_East international national Arab Israeli Iranian American Russian
Ukrainian Chinese Turkish Egyptian Syrian Lebanese crisis situation hospital electricity water
food protests demonstrations journalists human_rights major historic future plan project
program energy nuclear nuclear_program uranium enrichment inspectors
International_Atomic_Energy_Agency Houthis Hezbollah Hamas Fatah Palestinian_Authority
West_Bank settlements settlers Golan Sinai Red_Sea Gulf Strait_of_Hormuz ships shipping ports
airport crossing relief trucks famine children women schools universities students doctors
patients vaccines pandemic drought floods earthquake climate stability political economic
social strategic regional global local
one ten hundred thousand million billion percent
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
week month year morning evening night
province municipality city village capital north south east west center
referendum reconstruction reconciliation mediation guarantees transitional investigation
corruption arrests trial archive documents leaks hacking internet space satellites
Congress Kremlin Pentagon Elysée Vatican Brussels Vienna Stockholm Oslo Camp_David
"""

LATIN_NAMES = [
    "Reuters", "AFP", "NATO", "CNN", "BBC", "Bloomberg", "Pentagon", "IAEA", "UNRWA", "Joe Biden",
    "Donald Trump", "Vladimir Putin", "Antony Blinken", "Emmanuel Macron", "The New York Times",
    "Al Jazeera", "Financial Times", "Wall Street Journal", "Olaf Scholz", "Volodymyr Zelensky",
]
SITES = ["aljazeera.net", "alarabiya.net", "ynet.co.il", "haaretz.co.il", "reuters.com", "bbc.com",
         "france24.com", "skynewsarabia.com", "maariv.co.il", "apnews.com"]

HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0652", "\u0651\u064e", "\u064b"]  # fatha damma kasra sukun shadda+fatha tanween
NIQQUD = ["\u05b7", "\u05b8", "\u05b4", "\u05b6", "\u05b5", "\u05b9", "\u05b0", "\u05bc"]  # patah qamats hiriq ... dagesh
AR_DIGITS = str.maketrans("0123456789.%", "٠١٢٣٤٥٦٧٨٩٫٪")

BOILERPLATE = {
    "ar": {
        "subscription": ["اشترك في النشرة البريدية لتصلك آخر الأخبار يومياً",
                         "تابعونا على قناتنا على تلغرام", "لمتابعة آخر الأخبار العاجلة"],
        "comment": ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                    "الاسم", "البريد الإلكتروني"],
        "read_also": "اقرأ أيضاً:", "share": "شارك المقال", "credits": "© 2024 جميع الحقوق محفوظة",
        "date_label": ["تاريخ النشر:", "نشر في:", "آخر تحديث:"],
        "months": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
    },
    "he": {
        "subscription": ["הירשמו לניוזלטר שלנו וקבלו את כל העדכונים", "הצטרפו לערוץ הטלגרם שלנו",
                         "כל מה שחשוב לדעת בערוץ אחד"],
        "comment": ["הוסיפו תגובה", "כתובת האימייל לא תפורסם", "שם", "אימייל"],
        "read_also": "קראו עוד:", "share": "שתפו את הכתבה", "credits": "© 2024 כל הזכויות שמורות",
        "date_label": ["פורסם:", "עודכן:"],
        "months": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split(),
    },
    "en": {
        "subscription": ["Subscribe to our newsletter to get the latest news every morning",
                         "Follow us on Telegram", "No spam, unsubscribe at any time"],
        "comment": ["Leave a comment", "Your email address will not be published. Required fields are marked *",
                    "Name", "Email"],
        "read_also": "Read also:", "share": "Share this article", "credits": "© 2024 All rights reserved",
        "date_label": ["Published:", "Updated:"],
        "months": "January February March April May June July August September October November December".split(),
    },
}

# ~50 queries: common and rare words of each language, phrases, prefixes,
# diacritics, Arabic-Indic digits, joined clitics, mixed scripts, no hit.
QUERIES = [
    # Arabic
    "الرئيس", "الحكومة", "غزة", "العقوبات", "وزير الخارجية", "روسيا أوكرانيا", '"وقف إطلاق النار"',
    '"مجلس الأمن"', "المفاوض*", "اقتصا*", "الرَّئِيسُ", "عُقُوبَات", "٢٠٢٣", "Reuters", "الاستفتاء",
    "الانشقاق", "بالرئيس", "طهران النووي", "الحوثيين البحر الأحمر", "Trump غزة", "المصالحة الوساطة",
    "الكرملين",
    # Hebrew
    "ראש הממשלה", "עזה", "סנקציות", "\"הפסקת אש\"", "ביטח*", "שָׁלוֹם", "ירושלים", "בירושלים",
    "נורמליזציה", "טילים חיזבאללה", "הקרמלין", "נתניהו ביידן", "משאל עם",
    # English
    "president", "sanctions", "treaty", '"Security Council"', '"prime minister"', "NATO", "missile*",
    "ceasefire", "Ukraine Russia", "inflation", "Zelensky", "referendum", "Élysée", "Pentagon Hezbollah",
    "2024", "xylophone",
]


def _entries(raw: str) -> list[str]:
    return [tok.replace("_", " ") for tok in raw.split()]


def _zipf_cum(n: int, offset: float = 4.0) -> list[float]:
    total, cum = 0.0, []
    for rank in range(n):
        total += 1.0 / (rank + offset)
        cum.append(total)
    return cum


VOCAB = {
    code: (_entries(function), _entries(content), _zipf_cum(len(_entries(content))))
    for code, function, content in [("ar", AR_FUNCTION, AR_CONTENT), ("he", HE_FUNCTION, HE_CONTENT),
                                    ("en", EN_FUNCTION, EN_CONTENT)]
}

# ---------------------------------------------------------------------------
# Corpus generator
# ---------------------------------------------------------------------------


def _vocalise(word: str, rng: random.Random, marks: list[str]) -> str:
    out = []
    for ch in word:
        out.append(ch)
        if ch.isalpha() and rng.random() < 0.6:
            out.append(rng.choice(marks))
    return "".join(out)


def _number(lang: str, rng: random.Random, indic: bool) -> str:
    kind = rng.random()
    if kind < 0.3:
        text = str(rng.randint(2015, 2025))
    elif kind < 0.6:
        text = str(rng.randint(2, 99))
    elif kind < 0.8:
        text = f"{rng.randint(100, 90000):,}"
    elif kind < 0.9:
        text = f"{rng.randint(1, 60)}.{rng.randint(1, 9)}%"
    else:
        month = rng.choice(BOILERPLATE[lang]["months"])
        day, year = rng.randint(1, 28), rng.randint(2019, 2025)
        text = f"{month} {day}, {year}" if lang == "en" else f"{day} {month} {year}"
    if lang == "ar" and indic:
        text = text.replace(",", "٬").translate(AR_DIGITS)
    return text


def _word(lang: str, rng: random.Random, indic: bool) -> str:
    function, content, cum = VOCAB[lang]
    r = rng.random()
    if r < 0.04:
        return _number(lang, rng, indic)
    if r < 0.38:
        return rng.choice(function)
    word = rng.choices(content, cum_weights=cum)[0]
    if lang == "ar":
        r = rng.random()
        if r < 0.10:
            word = "و" + word
        elif r < 0.14:
            word = "ب" + word
        elif r < 0.17:
            word = "لل" + word[2:] if word.startswith("ال") else "ل" + word
        if rng.random() < 0.04:
            word = _vocalise(word, rng, HARAKAT)
    elif lang == "he":
        r = rng.random()
        if r < 0.15:
            prefix = rng.choice("ובלמשה")
            if prefix in "בל" and word.startswith("ה"):
                word = word[1:]
            if not (prefix == "ה" and word.startswith("ה")):
                word = prefix + word
        if rng.random() < 0.03:
            word = _vocalise(word, rng, NIQQUD)
    return word


def _sentence(lang: str, rng: random.Random, indic: bool, end: bool = True) -> str:
    words = [_word(lang, rng, indic) for _ in range(rng.randint(6, 22))]
    if lang in ("ar", "he") and rng.random() < 0.08:
        words.insert(rng.randrange(len(words)), rng.choice(LATIN_NAMES))
    comma = "،" if lang == "ar" else ","
    for i in range(1, len(words) - 1):
        if rng.random() < 0.06:
            words[i] += comma
    if lang == "en":
        words[0] = words[0][:1].upper() + words[0][1:]
    text = " ".join(words)
    if not end:
        return text
    return text + ("؟" if lang == "ar" and rng.random() < 0.03 else ".")


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def make_article(seed: int, index: int) -> bytes:
    """Article ``index`` of the corpus of ``seed``: the same bytes every time."""
    rng = random.Random(f"{seed}:{index}")
    r = rng.random()
    lang = "ar" if r < 0.5 else "he" if r < 0.75 else "en"
    bp = BOILERPLATE[lang]
    indic = rng.random() < 0.5
    target = int(rng.triangular(900, 7000, 2400))  # UTF-8 bytes of the body, roughly

    lines = [_sentence(lang, rng, indic, end=False)[:140].rstrip(" ,،")]
    if rng.random() < 0.08:
        lines.append(f"https://www.{rng.choice(SITES)}/{rng.randint(2019, 2025)}/{rng.randint(1, 12):02d}/{index}")
    if rng.random() < 0.25:
        if rng.random() < 0.5:
            when = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        else:
            month = rng.choice(bp["months"])
            day, year = rng.randint(1, 28), rng.randint(2019, 2025)
            when = f"{month} {day}, {year}" if lang == "en" else f"{day} {month} {year}"
            if lang == "ar" and indic:
                when = when.translate(AR_DIGITS)
        lines.append(f"{rng.choice(bp['date_label'])} {when}")

    n_par = rng.randint(5, max(5, min(30, target // 160)))
    budget = target / n_par
    paragraphs: list[str] = []
    for _ in range(n_par):
        sentences = [_sentence(lang, rng, indic)]
        while _utf8_len(" ".join(sentences)) < budget * 0.85 and len(sentences) < 6:
            sentences.append(_sentence(lang, rng, indic))
        if len(sentences) > 1 and rng.random() < 0.05:  # a paragraph broken over two lines
            cut = rng.randrange(1, len(sentences))
            paragraphs.append(" ".join(sentences[:cut]) + "\n" + " ".join(sentences[cut:]))
        else:
            paragraphs.append(" ".join(sentences))
    while len(paragraphs) > 5 and _utf8_len("\n".join(paragraphs)) > MAX_BODY_BYTES:
        paragraphs.pop()
    if rng.random() < 0.05 and len(paragraphs) > 3:  # a paragraph repeated further down
        paragraphs.insert(rng.randrange(2, len(paragraphs)), rng.choice(paragraphs[:2]))
    if rng.random() < 0.04:
        paragraphs.insert(rng.randrange(1, len(paragraphs)), rng.choice(["* * *", "———", "•"]))

    if rng.random() < 0.35:  # web boilerplate
        if rng.random() < 0.5:
            block = bp["subscription"][: rng.randint(1, 3)]
            paragraphs.insert(rng.randrange(len(paragraphs) // 2, len(paragraphs) + 1), "\n".join(block))
        if rng.random() < 0.3:
            also = [bp["read_also"]] + [_sentence(lang, rng, indic, end=False)[:50] for _ in range(rng.randint(2, 3))]
            paragraphs.append("\n".join(also))
        if rng.random() < 0.3:
            paragraphs.append(bp["share"])
        if rng.random() < 0.4:
            paragraphs.append("\n".join(bp["comment"][: rng.randint(1, 4)] + ["CAPTCHA"]))
        if rng.random() < 0.3:
            paragraphs.append(bp["credits"])

    separator = "\n\n" if rng.random() < 0.5 else "\n"
    text = "\n".join(lines) + separator + separator.join(paragraphs) + "\n"
    if rng.random() < 0.02:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    if rng.random() < 0.01:
        data = b"\xef\xbb\xbf" + data
    return data


def corpus_dir(seed: int) -> Path:
    return OUT / f"corpus-seed{seed}"


def article_path(folder: Path, index: int) -> Path:
    return folder / f"{index // SHARD:04d}" / f"{index:07d}.txt"


def _write_range(job: tuple[int, int, int]) -> int:
    seed, first, last = job
    folder = corpus_dir(seed)
    for index in range(first, last):
        path = article_path(folder, index)
        if index == first or index % SHARD == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make_article(seed, index))
    return last - first


def ensure_corpus(seed: int, count: int) -> Path:
    """Write articles 0..count-1 of the corpus (only those not yet written), on every core."""
    folder = corpus_dir(seed)
    marker = folder / ".complete.json"
    have = 0
    if marker.exists():
        info = json.loads(marker.read_text())
        if info.get("version") == GENERATOR_VERSION:
            have = info["count"]
        else:
            shutil.rmtree(folder)
    if have >= count:
        return folder
    log(f"writing corpus articles {have:,}..{count - 1:,} to {folder.relative_to(ROOT)} ...")
    started = time.perf_counter()
    jobs, first = [], have
    while first < count:
        last = min(count, (first // SHARD + 1) * SHARD)
        jobs.append((seed, first, last))
        first = last
    with _pool() as pool:
        for _ in pool.imap_unordered(_write_range, jobs):
            pass
    folder.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"version": GENERATOR_VERSION, "count": count}))
    log(f"  {count - have:,} articles in {time.perf_counter() - started:.0f} s")
    return folder


def _pool():
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method).Pool(os.cpu_count() or 1)


def corpus_paths(folder: Path, n: int) -> list[Path]:
    """The first ``n`` articles: whole shard folders, then single files."""
    paths = [folder / f"{k:04d}" for k in range(n // SHARD)]
    paths += [article_path(folder, i) for i in range((n // SHARD) * SHARD, n)]
    return paths


# ---------------------------------------------------------------------------
# Child processes (fresh interpreter each: their peak RSS is their own)
# ---------------------------------------------------------------------------


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _finish_db(db) -> dict:
    counts = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "paragraphs", "folds")}
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    db.close()
    wal = Path(str(path) + "-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return {"counts": counts, "db_bytes": size}


def instrument_import() -> dict[str, float]:
    """Wrap the steps ``import_paths`` calls with timers (in this process only; workbench/ unchanged).

    Returns the dict the seconds accumulate in: read (read_file: read, decode,
    canonical text, stated date), analyse (language profile, boilerplate
    folds), fts_row (search forms), lookup (``_current_versions``), flush
    (``_flush``: the batch transaction, which includes lookup), wait (in
    ``_read_files``: with worker processes, waiting for their results),
    workers (how many worker processes the import started).
    Reading and analysis done in worker processes are not in these timers;
    ``child_import`` reports the workers' CPU time instead.
    """
    import workbench.library.ingest as ingest

    spent = {"read": 0.0, "analyse": 0.0, "fts_row": 0.0, "lookup": 0.0, "flush": 0.0, "wait": 0.0, "workers": 0}

    def timed(name, func, eager=False):
        def wrapper(*args, **kwargs):
            t0 = time.perf_counter()
            result = func(*args, **kwargs)
            if eager:
                result = list(result)
            spent[name] += time.perf_counter() - t0
            return result
        return wrapper

    def timed_iteration(name, func):
        def wrapper(*args, **kwargs):
            items = func(*args, **kwargs)
            try:
                while True:
                    t0 = time.perf_counter()
                    try:
                        item = next(items)
                    except StopIteration:
                        return
                    finally:
                        spent[name] += time.perf_counter() - t0
                    yield item
            finally:
                items.close()
        return wrapper

    for attr, name, eager in [("read_file", "read", True), ("analyse", "analyse", False),
                              ("fts_row", "fts_row", False), ("_current_versions", "lookup", False),
                              ("_flush", "flush", False)]:
        if hasattr(ingest, attr):  # a step the core no longer has just shows 0 s
            setattr(ingest, attr, timed(name, getattr(ingest, attr), eager))
    if hasattr(ingest, "_read_files"):
        ingest._read_files = timed_iteration("wait", ingest._read_files)
    if hasattr(ingest, "ProcessPoolExecutor"):
        pool_class = ingest.ProcessPoolExecutor

        def counted_pool(workers, **kwargs):
            spent["workers"] = max(spent["workers"], workers)
            return pool_class(workers, **kwargs)

        ingest.ProcessPoolExecutor = counted_pool
    return spent


def child_import(db_path: Path, paths: list[Path], time_limit: float) -> dict:
    from workbench.db.store import open_db
    from workbench.library.ingest import import_paths

    spent = instrument_import()
    db = open_db(db_path)
    base = _rss_mb()
    marks: list[tuple[int, float]] = []  # (files done, seconds) every 1,000 files
    load = os.getloadavg()[0]
    started = time.perf_counter()

    def progress(done: int, total: int, path: str) -> None:
        if done % 1000 == 0 or done == total:
            marks.append((done, time.perf_counter() - started))

    def should_cancel() -> bool:
        return time.perf_counter() - started > time_limit

    report = import_paths(db, paths, progress=progress, should_cancel=should_cancel if time_limit > 0 else None)
    seconds = time.perf_counter() - started
    peak = _rss_mb()
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes, ended with the import
    last_rate = None
    if len(marks) >= 2:
        (d0, t0), (d1, t1) = marks[-2], marks[-1]
        last_rate = (d1 - d0) / (t1 - t0) if t1 > t0 else None
    result = {"seconds": seconds, "added": len(report.added), "duplicates": len(report.duplicates),
              "cancelled": report.cancelled, "files": report.files, "last_rate": last_rate, "marks": marks,
              "spent": spent, "problems": [p.where() + ": " + p.reason for p in report.problems[:5]],
              "n_problems": len(report.problems), "rss_base_mb": base, "rss_peak_mb": peak,
              "workers_cpu": workers.ru_utime + workers.ru_stime, "workers_rss_peak_mb": workers.ru_maxrss / 1024,
              "load": load}
    result.update(_finish_db(db))
    return result


# As ingest._write_batch writes them (a fresh database: every article is version 1).
ARTICLE_COLUMNS = ["id", "title", "text", "content_hash", "language", "direction", "publisher", "url",
                   "published", "source_path", "source_record", "source_key", "source_format",
                   "source_encoding", "version", "previous_id", "imported_at"]


def prepare_rows(files: list[Path], next_id: int, now: str) -> tuple[list, list, list, list]:
    """Rows of one import batch, computed exactly as ``ingest._write_batch`` computes them."""
    from workbench.library.derived import analyse, fold_rows, fts_row, paragraph_rows
    from workbench.library.ingest import content_hash
    from workbench.library.readers import Problem, read_file

    articles, paragraphs, folds, fts = [], [], [], []
    for path in files:
        for rec in read_file(path):
            if isinstance(rec, Problem):
                raise SystemExit(f"{rec.where()}: {rec.reason}")
            analysis = analyse(rec.text)
            articles.append((
                next_id, rec.title, rec.text, content_hash(rec.text), rec.language or analysis.profile.language,
                analysis.profile.direction, rec.publisher, rec.url, rec.published, rec.source_path, rec.record,
                rec.source_key, rec.format, rec.encoding, 1, None, now,
            ))
            paragraphs += paragraph_rows(next_id, analysis)
            folds += fold_rows(next_id, analysis)
            fts.append(fts_row(next_id, rec.title, analysis.folded))
            next_id += 1
    return articles, paragraphs, folds, fts


def child_bare(db_path: Path, paths: list[Path]) -> dict:
    """Per import batch: the import's rows, computed untimed, then inserted with bare sqlite-utils, timed.

    One process, one core, batches of ``ingest.BATCH_SIZE`` articles in one
    transaction each, as the import does; the untimed part is the same
    reading, decoding and analysis as the import's, so it is also reported.
    """
    from workbench.db.store import open_db
    from workbench.library.ingest import BATCH_SIZE
    from workbench.library.readers import walk

    db = open_db(db_path)
    files = [e for e in walk(paths) if isinstance(e, Path)]
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    prep = insert = 0.0
    for start in range(0, len(files), BATCH_SIZE):
        t0 = time.perf_counter()
        articles, paragraphs, folds, fts = prepare_rows(files[start : start + BATCH_SIZE], start + 1, now)
        t1 = time.perf_counter()
        with db.atomic():
            db["articles"].insert_all([ARTICLE_COLUMNS] + articles)
            db["paragraphs"].insert_all([["article_id", "start", "end", "language", "direction"]] + paragraphs)
            db["folds"].insert_all([["article_id", "start", "end", "kind"]] + folds)
            db["articles_fts"].insert_all([["rowid", "title", "body", "stems"]] + fts)
        t2 = time.perf_counter()
        prep += t1 - t0
        insert += t2 - t1
    result = {"seconds": insert, "prep_seconds": prep}
    result.update(_finish_db(db))
    return result


def run_child(mode: str, db_path: Path, seed: int, n: int, *extra: str) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--db", str(db_path),
           "--seed", str(seed), "--n", str(n), *extra]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"the {mode} child for N={n} failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def drop_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


# ---------------------------------------------------------------------------
# Search latency
# ---------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def measure_search(db_path: Path, rounds: int, time_limit: float) -> dict:
    """Latency of ``search`` and of the bare FTS5 query, query by query, ``rounds`` times over the list.

    Before timing, every query's bare FTS5 query runs once to warm the page
    cache. The first timed call of each query includes compiling its highlight
    regexes (``search._compiled``), as when someone types a new query; later
    rounds find them cached. Queries run in a fixed shuffled order, so that a
    run cut short by ``time_limit`` still samples every kind of query.
    """
    from workbench.db.store import open_db
    from workbench.library.search import parse_query, search, to_fts

    load = os.getloadavg()[0]  # other work on the machine skews latencies: reported with them
    db = open_db(db_path)
    bare_sql = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT 20"
    match = {q: to_fts(parse_query(q)) for q in QUERIES}
    totals = {q: db.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?", [match[q]]).fetchone()[0]
              for q in QUERIES}
    for q in QUERIES:
        db.execute(bare_sql, [match[q]]).fetchall()
    order = list(QUERIES)
    random.Random(0).shuffle(order)
    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    bare: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    started = time.perf_counter()
    stopped = False
    for _ in range(rounds):
        for q in order:
            t0 = time.perf_counter()
            hits[q] = len(search(db, q, limit=20))
            t1 = time.perf_counter()
            db.execute(bare_sql, [match[q]]).fetchall()
            t2 = time.perf_counter()
            ours[q].append((t1 - t0) * 1000)
            bare[q].append((t2 - t1) * 1000)
            if time_limit > 0 and t2 - started > time_limit:
                stopped = True
                break
        if stopped:
            break
    db.close()
    all_ours = [t for ts in ours.values() for t in ts]
    all_bare = [t for ts in bare.values() for t in ts]

    def median(values: list[float]) -> float:
        return sorted(values)[len(values) // 2] if values else float("nan")

    return {
        "p50": percentile(all_ours, 50), "p95": percentile(all_ours, 95),
        "bare_p50": percentile(all_bare, 50), "bare_p95": percentile(all_bare, 95),
        "per_query": {q: (median(ours[q]), median(bare[q]), hits.get(q, -1), totals[q]) for q in QUERIES if ours[q]},
        "calls": len(all_ours), "stopped": stopped, "seconds": time.perf_counter() - started, "load": load,
    }


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def table(rows: list[list[str]]) -> str:
    header = ["measure", "value", "reference", "ratio/goal", "status"]
    rows = [header] + rows
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = []
    for k, row in enumerate(rows):
        lines.append(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
        if k == 0:
            lines.append("-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def status(ok: bool | None) -> str:
    return "-" if ok is None else "ok" if ok else "MISS"


def _import_and_reference(db_dir: Path, seed: int, n: int, limit: float) -> tuple[dict, dict]:
    """One import of the first ``n`` articles and one bare insert of the same rows, each in a
    fresh process; stops the benchmark when they did not write the same rows."""
    log(f"N={n:,}: import_paths, fresh process (stopped if still running after {limit:.0f} s) ...")
    ours = run_child("import", db_dir / f"ours-{n}.sqlite", seed, n, "--child-limit", str(limit))
    log(f"  {ours['seconds']:.1f} s, {ours['added']:,} added{' (stopped)' if ours['cancelled'] else ''}, "
        f"peak RSS {ours['rss_peak_mb']:.0f} MB, workers {ours['workers_cpu']:.1f} CPU s, "
        f"load average {ours['load']:.2f} when it began")
    if ours["n_problems"] or ours["duplicates"] or (ours["added"] != n and not ours["cancelled"]):
        raise SystemExit(f"import of N={n}: {ours['added']} added, {ours['duplicates']} duplicates, "
                         f"problems {ours['problems']}")
    log(f"N={n:,}: bare sqlite-utils insert_all of the same rows, fresh process ...")
    bare = run_child("bare", db_dir / f"bare-{n}.sqlite", seed, n)
    log(f"  insert {bare['seconds']:.1f} s (+ read+analyse {bare['prep_seconds']:.1f} s, untimed)")
    if not ours["cancelled"] and bare["counts"] != ours["counts"]:
        raise SystemExit(f"the reference wrote other rows: {bare['counts']} vs {ours['counts']}")
    return ours, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="corpus sizes, comma-separated (default 10000,100000)")
    parser.add_argument("--quick", action="store_true", help="sizes 1000,5000: a fast check")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed (default 1)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds over the query list (default 5)")
    parser.add_argument("--import-time-limit", type=float, default=10, metavar="MS",
                        help="cancel an import still running after MS milliseconds per article "
                             "(default 10, i.e. slower than 100 articles/s; 0: no limit)")
    parser.add_argument("--search-time-limit", type=float, default=180, metavar="S",
                        help="stop timing searches after S seconds (default 180; 0: no limit)")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="import and reference K times each, taking turns; the best of each counts (default 1)")
    parser.add_argument("--keep", action="store_true", help="keep the databases under bench/out/db")
    parser.add_argument("--detail", action="store_true", help="per-query latencies to stderr")
    parser.add_argument("--search-only", action="store_true",
                        help="only the search measures, on the database of the largest size kept by --keep")
    parser.add_argument("--profile", type=int, metavar="N",
                        help="instead: profile import_paths of N articles with cProfile (stderr), without worker "
                             "processes, then exit")
    parser.add_argument("--child", choices=["import", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-limit", type=float, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        import workbench

        if os.environ.get("BENCH_CORE") and not Path(workbench.__file__).is_relative_to(SNAPSHOT):
            raise SystemExit(f"expected the core snapshot, imported {workbench.__file__}")
        paths = corpus_paths(corpus_dir(args.seed), args.n)
        if args.child == "import":
            result = child_import(Path(args.db), paths, args.child_limit)
        else:
            result = child_bare(Path(args.db), paths)
        print(json.dumps(result))
        return
    if args.profile:
        profile_import(args.seed, args.profile)
        return

    sizes = [1000, 5000] if args.quick else sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    started = time.perf_counter()
    core = snapshot_core()
    if args.search_only:
        search_only(sizes[-1], args, core)
        return
    ensure_corpus(args.seed, max(sizes))
    db_dir = OUT / "db"
    db_dir.mkdir(parents=True, exist_ok=True)

    results: dict[int, dict] = {}
    for n in sizes:
        r: dict = {"runs": []}
        limit = args.import_time_limit * n / 1000
        for turn in range(max(1, args.repeat)):
            if turn:
                drop_db(db_dir / f"ours-{n}.sqlite")
                drop_db(db_dir / f"bare-{n}.sqlite")
            ours, bare = _import_and_reference(db_dir, args.seed, n, limit)
            r["runs"].append((ours["seconds"], bare["seconds"]))
            r["ours"] = min(r.get("ours", ours), ours, key=lambda run: run["seconds"])
            r["bare"] = min(r.get("bare", bare), bare, key=lambda run: run["seconds"])
        ours = r["ours"]
        if not args.keep and not (n == sizes[-1] and ours["cancelled"]):
            drop_db(db_dir / f"bare-{n}.sqlite")
        results[n] = r

    largest = sizes[-1]
    stand_in = results[largest]["ours"]["cancelled"]  # then the reference database has the N articles
    log(f"N={largest:,}: search latency, {len(QUERIES)} queries x {args.rounds} rounds ...")
    lat = measure_search(db_dir / f"{'bare' if stand_in else 'ours'}-{largest}.sqlite", args.rounds,
                         args.search_time_limit)
    log(f"  {lat['calls']} calls in {lat['seconds']:.0f} s{' (stopped)' if lat['stopped'] else ''}")
    log_detail(lat, args.detail)

    print(table(report_rows(results, sizes, lat, args.seed)))
    loads = ", ".join(f"{results[n]['ours']['load']:.2f}" for n in sizes)
    print(f"({search_calls(lat, args)}; load average when each import began {loads}; seed {args.seed}; "
          f"{os.cpu_count()} CPUs; Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; "
          f"{time.perf_counter() - started:.0f} s in all)")
    print(f"(core measured: {core})")
    if not args.keep:
        for n in sizes:
            drop_db(db_dir / f"ours-{n}.sqlite")
            drop_db(db_dir / f"bare-{n}.sqlite")


def search_rows(lat: dict, largest: int, where: str = "") -> list[list[str]]:
    return [
        [f"search p50 N={largest:,}{where}", f"{lat['p50']:.1f} ms", f"bare FTS5 {lat['bare_p50']:.1f} ms",
         f"{lat['p50'] / lat['bare_p50']:.1f}x", "-"],
        [f"search p95 N={largest:,}{where}", f"{lat['p95']:.1f} ms", f"bare FTS5 {lat['bare_p95']:.1f} ms",
         f"goal < {SEARCH_P95_GOAL_MS:.0f} ms", status(lat["p95"] < SEARCH_P95_GOAL_MS)],
    ]


def search_only(largest: int, args: argparse.Namespace, core: str) -> None:
    """Search latency alone, on the database an earlier run kept (``--keep``)."""
    path = OUT / "db" / f"ours-{largest}.sqlite"
    if not path.exists():
        raise SystemExit(f"no {path.relative_to(ROOT)}: run once with --keep (and the same --sizes) first")
    log(f"N={largest:,}: search latency on {path.relative_to(ROOT)}, {len(QUERIES)} queries x {args.rounds} rounds ...")
    lat = measure_search(path, args.rounds, args.search_time_limit)
    log_detail(lat, args.detail)
    print(table(search_rows(lat, largest)))
    print(f"({search_calls(lat, args)}; {os.cpu_count()} CPUs; Python {platform.python_version()}; "
          f"SQLite {sqlite3.sqlite_version})")
    print(f"(core measured: {core})")


def search_calls(lat: dict, args: argparse.Namespace) -> str:
    load = f"load average {lat['load']:.2f} when searching began"
    if lat["stopped"]:
        return f"{lat['calls']} search calls (stopped at {args.search_time_limit:.0f} s), {load}"
    return f"{len(QUERIES)} queries x {args.rounds} rounds = {lat['calls']} search calls, {load}"


def log_detail(lat: dict, detail: bool) -> None:
    if not detail:
        return
    log(f"{'query':<28} {'ours ms':>8} {'bare ms':>8} {'shown':>6} {'matches':>8}")
    for q, (o, b, shown, total) in sorted(lat["per_query"].items(), key=lambda kv: -kv[1][0]):
        log(f"{q:<28} {o:8.2f} {b:8.2f} {shown:6d} {total:8,d}")


def report_rows(results: dict[int, dict], sizes: list[int], lat: dict, seed: int) -> list[list[str]]:
    rows: list[list[str]] = []
    for n in sizes:
        ours, bare = results[n]["ours"], results[n]["bare"]
        ref = f"bare insert_all {bare['seconds']:.1f} s = {n / bare['seconds']:,.0f} art/s"
        if ours["cancelled"]:
            last = f", last 1,000 at {ours['last_rate']:,.0f} art/s" if ours["last_rate"] else ""
            rows.append([f"import N={n:,}", f"stopped at {ours['seconds']:.0f} s: {ours['added']:,} done"
                         f" ({ours['added'] / ours['seconds']:,.0f} art/s{last})", ref,
                         f"> {ours['seconds'] / bare['seconds']:.0f}x (goal <= {IMPORT_RATIO_GOAL:.1f})", "MISS"])
        else:
            ratio = ours["seconds"] / bare["seconds"]
            runs = results[n]["runs"]
            best = f", best of {len(runs)}" if len(runs) > 1 else ""
            rows.append([f"import N={n:,}{best}", f"{ours['seconds']:.1f} s = {n / ours['seconds']:,.0f} art/s", ref,
                         f"{ratio:.1f}x (goal <= {IMPORT_RATIO_GOAL:.1f})", status(ratio <= IMPORT_RATIO_GOAL)])
            if len(runs) > 1:
                rows.append([f"  each turn, N={n:,}", " ".join(f"{o:.1f}" for o, _ in runs) + " s",
                             "bare " + " ".join(f"{b:.1f}" for _, b in runs) + " s",
                             " ".join(f"{o / b:.1f}x" for o, b in runs), "-"])
        total, sp = ours["seconds"], ours["spent"]
        sql = sp["flush"] - sp["lookup"]
        # Without workers the reading happens while the items are iterated, not in the wait timer.
        wait = sp["wait"] - sp["read"] if ours["workers_cpu"] else 0.0
        other = total - sp["read"] - sp["analyse"] - sp["fts_row"] - wait - sp["flush"]
        breakdown = [
            ("  in read_file", sp["read"], "read, decode, stated date", ""),
            ("  in analyse", sp["analyse"], "fold, language profile, folds", ""),
            ("  in fts_row", sp["fts_row"], "title fold + clitic stems", ""),
            ("  in _current_versions", sp["lookup"], "one SELECT per batch", ""),
            ("  in SQL writes (_flush rest)", sql, f"bare insert_all {bare['seconds']:.1f} s",
             f"{sql / bare['seconds']:.1f}x"),
            ("  elsewhere", other, "walk, hash, duplicate check, ...", ""),
        ]
        if ours["workers_cpu"]:
            breakdown.insert(0, ("  waiting for workers", wait,
                                 f"workers: {ours['workers_cpu']:.1f} CPU s reading and analysing", ""))
        for label, secs, what, ratio in breakdown:
            rows.append([label, f"{secs:.1f} s", what, ratio or f"{secs / total:.0%} of import", "-"])

    def peak(n: int) -> tuple[float, str]:
        """The import's peak RSS with that of its workers (each worker's peak, an upper bound
        of their sum at any one time: they hold about the same all along)."""
        ours = results[n]["ours"]
        note = f" (stopped at {ours['added']:,})" if ours["cancelled"] else ""
        return ours["rss_peak_mb"] + ours["spent"]["workers"] * ours["workers_rss_peak_mb"], note

    def parts(n: int) -> str:
        ours = results[n]["ours"]
        workers = ours["spent"]["workers"]
        return (f"import {ours['rss_peak_mb']:.0f} MB + {workers} workers x {ours['workers_rss_peak_mb']:.0f} MB; "
                if workers else "")

    first, _ = peak(sizes[0])
    for n in sizes:
        mb, note = peak(n)
        if n == sizes[0]:
            rows.append([f"peak RSS import N={n:,}{note}", f"{mb:.0f} MB",
                         f"{parts(n)}before import {results[n]['ours']['rss_base_mb']:.0f} MB",
                         f"goal < {RSS_GOAL_MB:.0f} MB", status(mb < RSS_GOAL_MB)])
        else:
            rows.append([f"peak RSS import N={n:,}{note}", f"{mb:.0f} MB", f"{parts(n)}N={sizes[0]:,}: {first:.0f} MB",
                         f"{mb / first:.2f}x (goal <= {RSS_FLAT_GOAL}x, < {RSS_GOAL_MB:.0f} MB)",
                         status(mb < RSS_GOAL_MB and mb / first <= RSS_FLAT_GOAL and not note)])
    largest = sizes[-1]
    ours, bare = results[largest]["ours"], results[largest]["bare"]
    source = corpus_bytes(seed, largest) / largest
    if ours["cancelled"]:
        rows.append([f"DB size per article N={largest:,}", "(import stopped)",
                     f"bare {bare['db_bytes'] / largest:,.0f} B; .txt {source:,.0f} B", "", "-"])
    else:
        per, bare_per = ours["db_bytes"] / largest, bare["db_bytes"] / largest
        rows.append([f"DB size per article N={largest:,}", f"{per:,.0f} B",
                     f"bare {bare_per:,.0f} B; .txt {source:,.0f} B", f"{per / bare_per:.2f}x", "-"])
    rows += search_rows(lat, largest, " (on the reference DB)" if ours["cancelled"] else "")
    return rows


def profile_import(seed: int, n: int) -> None:
    """cProfile of one import of the first ``n`` corpus articles into a fresh database."""
    import cProfile
    import pstats
    import tempfile

    from workbench.db.store import open_db
    from workbench.library.ingest import import_paths

    ensure_corpus(seed, n)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "profile.sqlite")
        profiler = cProfile.Profile()
        profiler.enable()
        # In this process only: cProfile does not see into worker processes.
        import_paths(db, corpus_paths(corpus_dir(seed), n), workers=0)
        profiler.disable()
        db.close()
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def snapshot_core() -> str:
    """Copy workbench/ to bench/out/core-snapshot and import it from there; describe what was copied."""
    def git(*argv: str) -> str:
        try:
            return subprocess.run(["git", *argv], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    shutil.copytree(ROOT / "workbench", SNAPSHOT / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["BENCH_CORE"] = str(SNAPSHOT)
    sys.path.insert(0, str(SNAPSHOT))
    head = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--", "workbench")
    return f"workbench/ at {head}" + (" + uncommitted changes" if dirty else "")


def corpus_bytes(seed: int, n: int) -> int:
    folder = corpus_dir(seed)
    return sum(article_path(folder, i).stat().st_size for i in range(n))


if __name__ == "__main__":
    main()
