#!/usr/bin/env python
"""Benchmark of the article library: import throughput, search latency, size, memory.

    .venv/bin/python bench/bench_library.py                 # N = 10,000 and 100,000
    .venv/bin/python bench/bench_library.py --quick         # N = 1,000 and 5,000
    .venv/bin/python bench/bench_library.py --sizes 2000,20000

What it does, for every size N:

* writes (once, then reuses) a synthetic corpus of .txt news articles under
  ``bench/out/corpus-seed<S>/`` (git-ignored): ~50% Arabic, 25% Hebrew, 25%
  English, 1-8 KB each, headline + 5-30 paragraphs, built from a few hundred
  real news words per language, with harakat / niqqud on some words,
  Arabic-Indic digits, Latin names inside Arabic and Hebrew text, date lines
  and web boilerplate (subscription notices, comment forms, CAPTCHA). Seeded,
  deterministic: article i is the same whatever N, so N=10,000 is the first
  10,000 articles of N=100,000;
* imports the first N articles with ``workbench.ingest.import_paths`` into a
  fresh database, in a fresh subprocess (so its RSS high-water mark is the
  import's own);
* as the reference, in another fresh subprocess: computes the very same rows
  (articles, paragraphs, folds, FTS) with ``workbench.derived`` - untimed -
  and inserts them with bare sqlite-utils ``insert_all`` (one transaction per
  ``ingest.BATCH_SIZE`` articles, as the import commits) into a fresh
  database made by ``open_db`` - timed;

and on the largest database: search latency (``workbench.search.search``)
against a bare FTS5 ``MATCH ... ORDER BY rank LIMIT 20`` with the same MATCH
string, and the database size per article.

It prints one table; progress goes to stderr. Timings never belong in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

SHARD = 1000  # articles per corpus folder
GENERATOR_VERSION = 1  # bump when the corpus generator changes: old corpora are rewritten

IMPORT_RATIO_GOAL = 2.0
SEARCH_P95_GOAL_MS = 50.0
RSS_GOAL_MB = 300.0
RSS_FLAT_GOAL = 1.25  # peak RSS at the largest N / at the smallest N

# ---------------------------------------------------------------------------
# Vocabulary. Within each list the order is a frequency rank: words near the
# top are drawn often, words at the end rarely (Zipf weights). Entries with a
# space are fixed phrases and go into the text whole.
# ---------------------------------------------------------------------------

AR_FUNCTION = """
في من إلى على عن مع بعد قبل خلال حول بين ضد منذ حتى أن إن التي الذي الذين هذا هذه
ذلك تلك كان كانت قد لم لن ما لا كما أيضا حيث وفق بحسب نحو أكثر أقل جميع كل بعض عدة
عند لدى غير إلا ثم أو أم بل لكن هناك هنا يوم اليوم أمس غدا
""".split()

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
""".replace("_", " ").split("\n")

HE_FUNCTION = """
של את על עם אל מן אחרי לפני במהלך בין נגד מאז עד כי אשר זה זו זאת אלה היה הייתה היו
כבר לא גם כך כמו לפי יותר פחות כל כמה מספר אך אבל או רק עוד שם כאן היום אתמול מחר
""".split()

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
ראשון אחרון עתיד תוכנית פרויקט אנרגיה גרעין תוכנית_הגרעין אורניום העשרה מפקחים חות׳ים
חיזבאללה חמאס פת״ח הרשות_הפלסטינית הגדה_המערבית התנחלויות מתנחלים סיני הים_האדום המפרץ
ספינות נמל נמלים שדה_התעופה מעבר מעבר_רפיח סיוע משאיות רעב ילדים נשים בתי_ספר אוניברסיטאות
סטודנטים רופאים חולים חיסונים מגפה בצורת שיטפונות רעידת_אדמה אקלים יציבות ביטחוני
פוליטי מדיני כלכלי חברתי היסטורי אסטרטגי אזורי עולמי מקומי
אחד שניים שלושה ארבעה חמישה עשרה מאה אלף מיליון מיליארד
ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר
ראשון שני שלישי רביעי חמישי שישי שבת
השבוע החודש השנה בוקר ערב לילה
העירייה העיר הכפר הבירה צפון דרום מזרח מערב מרכז
משאל_עם שיקום פיוס תיווך ערבויות מעבר חקירה שחיתות מעצרים משפט
ארכיון מסמכים הדלפות סייבר אינטרנט חלל לוויינים רחפנים
הקונגרס הקרמלין הפנטגון האליזה הוותיקן בריסל וינה שטוקהולם אוסלו קמפ_דייוויד
""".replace("_", " ").split("\n")

EN_FUNCTION = """
the of to in and a on for with at by from that as is was were be has have had it its this
which after before during between against since until about over into than more also but or
not their they said will would could new first last two three
""".split()

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
Congress Kremlin Pentagon Elysee Vatican Brussels Vienna Stockholm Oslo Camp_David
""".replace("_", " ").split("\n")


def _words(block: list[str]) -> list[str]:
    return [w for line in block for w in line.split(" ") if w] if False else [w for line in block for w in line.split()]


def _entries(lines: list[str], underscores_were_spaces: bool = True) -> list[str]:
    """Entries of a vocabulary block: one per token, phrases kept whole."""
    return [tok.replace("\x00", " ") for line in lines for tok in line.split()]


# The phrase markers (_) were turned into spaces above, which split phrases
# into words; rebuild the entry lists from the raw blocks instead.
def _phrase_entries(raw: str) -> list[str]:
    return [tok.replace("_", " ") for tok in raw.split()]


LATIN_IN_RTL = [
    "Reuters", "AFP", "NATO", "CNN", "BBC", "Bloomberg", "Pentagon", "IAEA", "UNRWA", "Joe Biden",
    "Donald Trump", "Vladimir Putin", "Antony Blinken", "Emmanuel Macron", "The New York Times",
    "Al Jazeera", "Financial Times", "Wall Street Journal", "Olaf Scholz", "Volodymyr Zelensky",
]

AR_MONTHS = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
HE_MONTHS = "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר".split()
EN_MONTHS = "January February March April May June July August September October November December".split()

HARAKAT = ["\u064e", "\u064f", "\u0650", "\u0652", "\u0651\u064e", "\u064b"]
NIQQUD = ["\u05b7", "\u05b8", "\u05b4", "\u05b6", "\u05b5", "\u05b9", "\u05b0", "\u05bc"]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

BOILERPLATE = {
    "ar": {
        "subscription": ["اشترك في النشرة البريدية لتصلك آخر الأخبار يومياً",
                         "تابعونا على قناتنا على تلغرام", "لمتابعة آخر الأخبار العاجلة"],
        "comment": ["اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                    "الاسم", "البريد الإلكتروني"],
        "captcha": ["CAPTCHA"],
        "read_also": ["اقرأ أيضاً:"],
        "share": ["شارك المقال"],
        "credits": ["© 2024 جميع الحقوق محفوظة"],
        "date_label": ["تاريخ النشر:", "نشر في:", "آخر تحديث:"],
    },
    "he": {
        "subscription": ["הירשמו לניוזלטר שלנו וקבלו את כל העדכונים", "הצטרפו לערוץ הטלגרם שלנו",
                         "כל מה שחשוב לדעת בערוץ אחד"],
        "comment": ["הוסיפו תגובה", "כתובת האימייל לא תפורסם", "שם", "אימייל"],
        "captcha": ["CAPTCHA"],
        "read_also": ["קראו עוד:"],
        "share": ["שתפו את הכתבה"],
        "credits": ["© 2024 כל הזכויות שמורות"],
        "date_label": ["פורסם:", "עודכן:"],
    },
    "en": {
        "subscription": ["Subscribe to our newsletter to get the latest news every morning",
                         "Follow us on Telegram", "No spam, unsubscribe at any time"],
        "comment": ["Leave a comment", "Your email address will not be published. Required fields are marked *",
                    "Name", "Email"],
        "captcha": ["CAPTCHA"],
        "read_also": ["Read also:"],
        "share": ["Share this article"],
        "credits": ["© 2024 All rights reserved"],
        "date_label": ["Published:", "Updated:"],
    },
}


def _zipf_cum(n: int, offset: float = 3.0) -> list[float]:
    total, cum = 0.0, []
    for rank in range(n):
        total += 1.0 / (rank + offset)
        cum.append(total)
    return cum


class Language:
    def __init__(self, code: str, function: list[str], content_raw: str, months: list[str]):
        self.code = code
        self.function = function
        self.content = _phrase_entries(content_raw)
        self.content_cum = _zipf_cum(len(self.content))
        self.months = months


def _raw(block: list[str]) -> str:
    return " ".join(block)


# The blocks above were split at newlines after "_" became " "; rebuild raw
# text with the phrase markers for _phrase_entries.
LANGS = {
    "ar": Language("ar", AR_FUNCTION, "", AR_MONTHS),
    "he": Language("he", HE_FUNCTION, "", HE_MONTHS),
    "en": Language("en", EN_FUNCTION, "", EN_MONTHS),
}
