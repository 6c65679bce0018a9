#!/usr/bin/env python
"""Benchmark of claim linking: suggestion latency, whole-library linking, recall of planted duplicates.

    .venv/bin/python bench/bench_linking.py                  # N = 1,000, 10,000 and 100,000
    .venv/bin/python bench/bench_linking.py --quick          # N = 1,000 and 10,000 (DB part at 1,000)
    .venv/bin/python bench/bench_linking.py --sizes 1000,20000
    .venv/bin/python bench/bench_linking.py --profile 100000 # cProfile of the engine's steps at N, then exit

For every size N, in a fresh subprocess (so its peak RSS is its own):

* N synthetic news claims are generated from templates, seeded and
  deterministic: ~45% Arabic, 30% Hebrew, 25% English; actors are ~50
  countries (with capitals), a dozen real people and thousands of invented
  people whose names are spelt in each script with one consonant mapping
  (Latin / Arabic / Hebrew letters that the skeletons put in one class, vowels
  written or not); ~14 actions (send troops, impose sanctions, hold
  exercises, sign a treaty, deny, fire missiles, pledge aid, visit, meet,
  expel diplomats, buy drones, export oil, arrest, withdraw); numbers written
  as 10,000 / 10،000 / ١٠٬٠٠٠ / 10 آلاف / عشرة آلاف / עשרת אלפים / ten thousand /
  2.5 million…; months and days in each language's ways (يوليو/تموز, ביולי,
  25 July); attribution phrases around them. ~5% of the claims get a planted
  twin: the same event (actors, action, numbers, date) written again, 70% in
  another language, 30% in the same language with other wording;
* ``signature`` of every claim (timed per claim; the first, cold call apart),
  ``ClaimIndex`` built (timed apart), and whole-library linking:
  ``list(index.candidate_pairs())`` at ``SUGGEST_THRESHOLD`` (timed).
  Recall = planted pairs found / planted;
* suggestions for one new claim: 300 claims not in the index (each a
  paraphrase of an indexed one) go through ``signature`` + ``index.query``
  (top 10, ``min_score=SUGGEST_THRESHOLD``) one by one: p50 / p95 latency;
  and recall@5: the planted twin among the top 5 when one of a planted pair
  is the query (up to 500 pairs);
* why planted pairs were missed: no key rare enough to block on shared, cut
  by the best-few-per-claim limit, or a score under the threshold; and why a
  twin was not in a query's top 5 (outranked, or left out of the cosine
  shortlist). The share of the pairs found that are planted says how much
  a person would wade through;
* the reference, in the same process: bare ``rapidfuzz.process.cdist`` of the
  same pivot strings against themselves (``fuzz.token_sort_ratio``,
  ``processor=None``, ``workers=-1``, uint8), the kernel the engine's text
  score is made of. One list against itself, rapidfuzz scores each pair once
  (N(N-1)/2 calls). Up to ``--full-cdist`` claims it runs whole; above, 2,000
  rows against all N are timed and scaled by N / (2 x 2,000), marked
  "EXTRAPOLATED". At 10,000 (run whole) the slice estimate is timed too, to
  show how far it is off.

At ``--db-size`` (10,000; 1,000 with ``--quick``), also end to end: the
claims are written as .jsonl articles (10 claims an article, one claim a
line, one language an article), imported with ``workbench.library.ingest.import_paths``, marked with
``workbench.claims.marking.create_claim`` (the build is untimed for the goals and
abandoned after ``--db-build-limit`` seconds), then ``workbench.linking.links.link_all``
is timed, with timers around its steps; its recall, and how many of the
links it made without a person are planted pairs.

A run measures a copy of workbench/ taken when it starts
(bench/out/core-snapshot-linking), so edits made meanwhile do not mix
versions. One table goes to stdout and to bench/out/linking.md, progress to
stderr; planted pairs the linking missed, and automatic links between claims
that differ, go to bench/out/linking-misses.txt.
Timings never belong in tests.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SNAPSHOT = OUT / "core-snapshot-linking"
sys.path.insert(0, os.environ.get("BENCH_CORE") or str(ROOT))

TWIN_SHARE = 0.05  # claims that get a planted paraphrase
CROSS_LANGUAGE_SHARE = 0.7  # of the twins, written in another language
LANGUAGES = (("ar", 0.45), ("he", 0.30), ("en", 0.25))
NEW_CLAIMS = 300  # held-out claims queried one by one for the latency
RECALL_AT_5_PAIRS = 500
CDIST_SLICE = 2000

LINK_RATIO_GOAL = 1.5  # whole-library linking / bare cdist at 10,000
LINK_SECONDS_GOAL = 120.0  # at 100,000
RECALL_GOAL = 0.95
SUGGEST_P95_GOAL_MS = 150.0  # at 100,000

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

# (English, Arabic, Hebrew) country names and their capitals.
COUNTRIES = [
    ("Russia", "روسيا", "רוסיה", "Moscow", "موسكو", "מוסקבה"),
    ("Ukraine", "أوكرانيا", "אוקראינה", "Kyiv", "كييف", "קייב"),
    ("North Korea", "كوريا الشمالية", "צפון קוריאה", "Pyongyang", "بيونغيانغ", "פיונגיאנג"),
    ("South Korea", "كوريا الجنوبية", "דרום קוריאה", "Seoul", "سيول", "סיאול"),
    ("China", "الصين", "סין", "Beijing", "بكين", "בייג'ינג"),
    ("the United States", "الولايات المتحدة", "ארצות הברית", "Washington", "واشنطن", "וושינגטון"),
    ("Iran", "إيران", "איראן", "Tehran", "طهران", "טהרן"),
    ("Israel", "إسرائيل", "ישראל", "Jerusalem", "القدس", "ירושלים"),
    ("Egypt", "مصر", "מצרים", "Cairo", "القاهرة", "קהיר"),
    ("Turkey", "تركيا", "טורקיה", "Ankara", "أنقرة", "אנקרה"),
    ("Syria", "سوريا", "סוריה", "Damascus", "دمشق", "דמשק"),
    ("Lebanon", "لبنان", "לבנון", "Beirut", "بيروت", "ביירות"),
    ("Jordan", "الأردن", "ירדן", "Amman", "عمان", "עמאן"),
    ("Saudi Arabia", "السعودية", "ערב הסעודית", "Riyadh", "الرياض", "ריאד"),
    ("Qatar", "قطر", "קטאר", "Doha", "الدوحة", "דוחה"),
    ("the United Arab Emirates", "الإمارات", "איחוד האמירויות", "Abu Dhabi", "أبوظبي", "אבו דאבי"),
    ("Iraq", "العراق", "עיראק", "Baghdad", "بغداد", "בגדאד"),
    ("France", "فرنسا", "צרפת", "Paris", "باريس", "פריז"),
    ("Germany", "ألمانيا", "גרמניה", "Berlin", "برلين", "ברלין"),
    ("Britain", "بريطانيا", "בריטניה", "London", "لندن", "לונדון"),
    ("Japan", "اليابان", "יפן", "Tokyo", "طوكيو", "טוקיו"),
    ("India", "الهند", "הודו", "New Delhi", "نيودلهي", "ניו דלהי"),
    ("Pakistan", "باكستان", "פקיסטן", "Islamabad", "إسلام آباد", "איסלאמאבאד"),
    ("Belarus", "بيلاروسيا", "בלארוס", "Minsk", "مينسك", "מינסק"),
    ("Poland", "بولندا", "פולין", "Warsaw", "وارسو", "ורשה"),
    ("Azerbaijan", "أذربيجان", "אזרבייג'ן", "Baku", "باكو", "באקו"),
    ("Armenia", "أرمينيا", "ארמניה", "Yerevan", "يريفان", "ירוואן"),
    ("Georgia", "جورجيا", "גאורגיה", "Tbilisi", "تبليسي", "טביליסי"),
    ("Kazakhstan", "كازاخستان", "קזחסטן", "Astana", "أستانا", "אסטנה"),
    ("Venezuela", "فنزويلا", "ונצואלה", "Caracas", "كاراكاس", "קראקס"),
    ("Cuba", "كوبا", "קובה", "Havana", "هافانا", "הוואנה"),
    ("Libya", "ليبيا", "לוב", "Tripoli", "طرابلس", "טריפולי"),
    ("Sudan", "السودان", "סודן", "Khartoum", "الخرطوم", "חרטום"),
    ("Ethiopia", "إثيوبيا", "אתיופיה", "Addis Ababa", "أديس أبابا", "אדיס אבבה"),
    ("Yemen", "اليمن", "תימן", "Sanaa", "صنعاء", "צנעא"),
    ("Algeria", "الجزائر", "אלג'יריה", "Algiers", "الجزائر العاصمة", "אלג'יר"),
    ("Morocco", "المغرب", "מרוקו", "Rabat", "الرباط", "רבאט"),
    ("Tunisia", "تونس", "תוניסיה", "Tunis", "تونس العاصمة", "תוניס"),
    ("Greece", "اليونان", "יוון", "Athens", "أثينا", "אתונה"),
    ("Italy", "إيطاليا", "איטליה", "Rome", "روما", "רומא"),
    ("Spain", "إسبانيا", "ספרד", "Madrid", "مدريد", "מדריד"),
    ("Brazil", "البرازيل", "ברזיל", "Brasilia", "برازيليا", "ברזיליה"),
    ("Mexico", "المكسيك", "מקסיקו", "Mexico City", "مكسيكو سيتي", "מקסיקו סיטי"),
    ("Vietnam", "فيتنام", "וייטנאם", "Hanoi", "هانوي", "האנוי"),
    ("Indonesia", "إندونيسيا", "אינדונזיה", "Jakarta", "جاكرتا", "ג'קרטה"),
    ("Afghanistan", "أفغانستان", "אפגניסטן", "Kabul", "كابول", "קאבול"),
    ("Serbia", "صربيا", "סרביה", "Belgrade", "بلغراد", "בלגרד"),
    ("Hungary", "المجر", "הונגריה", "Budapest", "بودابست", "בודפשט"),
    ("Sweden", "السويد", "שוודיה", "Stockholm", "ستوكهولم", "שטוקהולם"),
    ("Finland", "فنلندا", "פינלנד", "Helsinki", "هلسنكي", "הלסינקי"),
    ("Norway", "النرويج", "נורווגיה", "Oslo", "أوسلو", "אוסלו"),
    ("Canada", "كندا", "קנדה", "Ottawa", "أوتاوا", "אוטווה"),
    ("Australia", "أستراليا", "אוסטרליה", "Canberra", "كانبرا", "קנברה"),
]

# Roles of people: (English forms, Arabic, Hebrew); {c} is the country.
ROLES = [
    (("President of {c}", "{c}'s president"), "رئيس {c}", "נשיא {c}"),
    (("Defense Minister of {c}", "{c}'s defense minister"), "وزير دفاع {c}", "שר הביטחון של {c}"),
    (("Foreign Minister of {c}", "{c}'s foreign minister"), "وزير خارجية {c}", "שר החוץ של {c}"),
    (("Prime Minister of {c}", "{c}'s prime minister"), "رئيس وزراء {c}", "ראש ממשלת {c}"),
    (("army chief of staff of {c}", "{c}'s army chief"), "رئيس أركان جيش {c}", "הרמטכ\"ל של {c}"),
    (("special envoy of {c}", "{c}'s special envoy"), "المبعوث الخاص ل{c}", "השליח המיוחד של {c}"),
]

# Real people: (English, Arabic, Hebrew), country index, role index.
REAL_PEOPLE = [
    (("Vladimir Putin", "فلاديمير بوتين", "ולדימיר פוטין"), 0, 0),
    (("Sergei Shoigu", "سيرغي شويغو", "סרגיי שויגו"), 0, 1),
    (("Sergei Lavrov", "سيرغي لافروف", "סרגיי לברוב"), 0, 2),
    (("Kim Jong Un", "كيم جونغ أون", "קים ג'ונג און"), 2, 0),
    (("Xi Jinping", "شي جين بينغ", "שי ג'ינפינג"), 4, 0),
    (("Recep Tayyip Erdogan", "رجب طيب أردوغان", "רג'פ טאיפ ארדואן"), 9, 0),
    (("Volodymyr Zelensky", "فولوديمير زيلينسكي", "וולודימיר זלנסקי"), 1, 0),
    (("Emmanuel Macron", "إيمانويل ماكرون", "עמנואל מקרון"), 17, 0),
    (("Antony Blinken", "أنتوني بلينكن", "אנתוני בלינקן"), 5, 2),
    (("Alexander Lukashenko", "ألكسندر لوكاشينكو", "אלכסנדר לוקשנקו"), 23, 0),
    (("Narendra Modi", "ناريندرا مودي", "נרנדרה מודי"), 21, 3),
    (("Olaf Scholz", "أولاف شولتس", "אולף שולץ"), 18, 3),
]

# Consonants of invented names: (Latin, Arabic choices, Hebrew choices, draw weight).
# Every letter of one row falls into one skeleton class.
CONSONANTS = [
    ("b", "ب", "ב", 6), ("p", "ب", "פ", 3), ("v", "ف", "ב", 4), ("f", "ف", "פ", 2),
    ("t", "ت", "ט", 6), ("d", "د", "ד", 6), ("s", "س", "ס", 6), ("sh", "ش", "ש", 3),
    ("z", "ز", "ז", 3), ("g", "غ", "ג", 3), ("j", "ج", "ג'", 1), ("k", "ك", "ק", 6),
    ("q", "ق", "ק", 1), ("kh", "خ", "ח", 2), ("h", "ه", "ה", 2), ("l", "ل", "ל", 6),
    ("m", "م", "מ", 6), ("n", "ن", "נ", 7), ("r", "ر", "ר", 7),
]
VOWELS = "aaeiioouu"
AR_VOWEL = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و"}
HE_VOWEL = {"a": "א", "e": "י", "i": "י", "o": "ו", "u": "ו"}
HE_FINAL = {"כ": "ך", "מ": "ם", "נ": "ן", "פ": "ף", "צ": "ץ"}

MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_AR = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
MONTHS_AR_LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
                    "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_HE = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()

EN_SMALL = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}
AR_SMALL = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
HE_SMALL = {3: "שלושה", 4: "ארבעה", 5: "חמישה", 6: "שישה", 7: "שבעה", 8: "שמונה", 9: "תשעה", 10: "עשרה"}
HE_THOUSANDS = {3: "שלושת אלפים", 4: "ארבעת אלפים", 5: "חמשת אלפים", 6: "ששת אלפים", 7: "שבעת אלפים",
                8: "שמונת אלפים", 9: "תשעת אלפים", 10: "עשרת אלפים"}
AR_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")

# Actions. Each: which subjects it takes ("any", "person", "country"), the
# number it carries (a kind of value, or None), and templates per language.
# In Arabic and Hebrew "a|b" is the verb for a man | for a country (feminine).
# {S} subject, {T} target (a country, or its capital), {N} number with its noun,
# {P} a second person.
ACTIONS = {
    "send_troops": ("any", "troops", {
        "en": ["{S} sent {N} to {T}", "{S} deployed {N} to {T}", "{S} has dispatched some {N} to {T}"],
        "ar": ["أرسل|أرسلت {S} {N} إلى {T}", "{S} نشر|نشرت {N} في {T}", "قام|قامت {S} بإرسال أكثر من {N} إلى {T}"],
        "he": ["{S} שלח|שלחה {N} ל{T}", "{S} פרס|פרסה {N} ב{T}", "{S} שיגר|שיגרה כ-{N} אל {T}"],
    }),
    "sanctions": ("any", "companies", {
        "en": ["{S} imposed sanctions on {N} from {T}", "{S} announced new sanctions against {N} linked to {T}"],
        "ar": ["فرض|فرضت {S} عقوبات على {N} من {T}", "أعلن|أعلنت {S} عقوبات جديدة ضد {N} مرتبطة ب{T}"],
        "he": ["{S} הטיל|הטילה סנקציות על {N} מ{T}", "{S} הודיע|הודיעה על סנקציות חדשות נגד {N} הקשורות ל{T}"],
    }),
    "exercises": ("any", "soldiers", {
        "en": ["{S} held joint military exercises with {T} involving {N}",
               "{S} staged war games with {T} involving {N}"],
        "ar": ["أجرى|أجرت {S} مناورات عسكرية مشتركة مع {T} بمشاركة {N}",
               "نفذ|نفذت {S} تدريبات عسكرية مع {T} شارك فيها {N}"],
        "he": ["{S} ערך|ערכה תרגיל צבאי משותף עם {T} בהשתתפות {N}",
               "{S} קיים|קיימה תמרונים צבאיים עם {T} שבהם השתתפו {N}"],
    }),
    "treaty": ("any", None, {
        "en": ["{S} signed a defense treaty with {T}", "{S} concluded a strategic partnership agreement with {T}"],
        "ar": ["وقع|وقعت {S} معاهدة دفاع مشترك مع {T}", "أبرم|أبرمت {S} اتفاقية شراكة استراتيجية مع {T}"],
        "he": ["{S} חתם|חתמה על אמנת הגנה עם {T}", "{S} חתם|חתמה על הסכם שותפות אסטרטגית עם {T}"],
    }),
    "deny": ("any", "drones", {
        "en": ["{S} denied sending {N} to {T}", "{S} rejected reports that {N} had been supplied to {T}"],
        "ar": ["نفى|نفت {S} إرسال {N} إلى {T}", "نفى|نفت {S} تقارير عن تزويد {T} ب{N}"],
        "he": ["{S} הכחיש|הכחישה כי שלח|שלחה {N} ל{T}", "{S} הכחיש|הכחישה דיווחים על משלוח {N} ל{T}"],
    }),
    "missiles": ("country", "missiles", {
        "en": ["{S} launched {N} at {T}", "{S} fired {N} toward {T}"],
        "ar": ["أطلق|أطلقت {S} {N} على {T}", "قصف|قصفت {S} {T} ب{N}"],
        "he": ["{S} שיגר|שיגרה {N} לעבר {T}", "{S} ירה|ירתה {N} אל {T}"],
    }),
    "aid": ("any", "dollars", {
        "en": ["{S} pledged {N} in aid to {T}", "{S} announced an aid package of {N} for {T}"],
        "ar": ["تعهد|تعهدت {S} بتقديم مساعدات بقيمة {N} إلى {T}", "أعلن|أعلنت {S} عن حزمة مساعدات بقيمة {N} ل{T}"],
        "he": ["{S} התחייב|התחייבה להעניק ל{T} סיוע בהיקף {N}", "{S} הודיע|הודיעה על חבילת סיוע של {N} ל{T}"],
    }),
    "visit": ("person", None, {
        "en": ["{S} visited {T}", "{S} arrived in {T} for an official visit"],
        "ar": ["زار {S} {T}", "وصل {S} إلى {T} في زيارة رسمية"],
        "he": ["{S} ביקר ב{T}", "{S} הגיע לביקור רשמי ב{T}"],
    }),
    "meet": ("person", None, {
        "en": ["{S} met {P} in {T}", "{S} held talks with {P} in {T}"],
        "ar": ["التقى {S} {P} في {T}", "أجرى {S} محادثات مع {P} في {T}"],
        "he": ["{S} נפגש עם {P} ב{T}", "{S} קיים שיחות עם {P} ב{T}"],
    }),
    "expel": ("country", "diplomats", {
        "en": ["{S} expelled {N} of {T}", "{S} ordered {N} of {T} to leave the country"],
        "ar": ["طرد|طردت {S} {N} من {T}", "أمر|أمرت {S} {N} من {T} بمغادرة البلاد"],
        "he": ["{S} גירש|גירשה {N} של {T}", "{S} הורה|הורתה ל{N} של {T} לעזוב את המדינה"],
    }),
    "buy_drones": ("country", "drones", {
        "en": ["{S} bought {N} from {T}", "{S} signed a deal to purchase {N} from {T}"],
        "ar": ["اشترى|اشترت {S} {N} من {T}", "وقع|وقعت {S} صفقة لشراء {N} من {T}"],
        "he": ["{S} רכש|רכשה {N} מ{T}", "{S} חתם|חתמה על עסקה לרכישת {N} מ{T}"],
    }),
    "oil": ("country", "barrels", {
        "en": ["{S} exported {N} of oil to {T}", "{S} shipped {N} of crude to {T}"],
        "ar": ["صدر|صدرت {S} {N} من النفط إلى {T}", "شحن|شحنت {S} {N} من النفط الخام إلى {T}"],
        "he": ["{S} ייצא|ייצאה {N} נפט ל{T}", "{S} שלח|שלחה {N} נפט גולמי ל{T}"],
    }),
    "arrests": ("country", "people", {
        "en": ["{S} arrested {N} accused of spying for {T}", "{S} detained {N} suspected of working for {T}"],
        "ar": ["اعتقل|اعتقلت {S} {N} بتهمة التجسس لصالح {T}", "احتجز|احتجزت {S} {N} يشتبه في عملهم لصالح {T}"],
        "he": ["{S} עצר|עצרה {N} בחשד לריגול עבור {T}", "{S} עצר|עצרה {N} החשודים בעבודה עבור {T}"],
    }),
    "withdraw": ("any", "troops", {
        "en": ["{S} withdrew {N} from {T}", "{S} pulled {N} out of {T}"],
        "ar": ["سحب|سحبت {S} {N} من {T}", "أعلن|أعلنت {S} سحب {N} من {T}"],
        "he": ["{S} הוציא|הוציאה {N} מ{T}", "{S} הודיע|הודיעה על הוצאת {N} מ{T}"],
    }),
}

# Value kinds: the values drawn, and the noun per language: (en, ar for 3-10, ar for 11+, he).
VALUES = {
    "troops": ([500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 6000, 7000, 8000, 10000, 12000, 15000, 20000,
                25000, 30000, 40000, 50000, 3450, 1200, 850], ("troops", "جنود", "جندي", "חיילים")),
    "soldiers": ([1000, 2000, 3000, 5000, 8000, 10000, 12000, 15000, 20000, 30000, 65000, 100000, 2400],
                 ("soldiers", "جنود", "جندي", "חיילים")),
    "companies": ([3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 16, 20, 24, 25, 30, 35, 40, 50, 60],
                  ("companies", "شركات", "شركة", "חברות")),
    "drones": ([5, 6, 8, 10, 12, 20, 24, 30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300, 500, 1000],
               ("drones", "طائرات مسيرة", "طائرة مسيرة", "כטב\"מים")),
    "missiles": ([3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 24, 30, 40, 50, 60, 80, 100, 120, 150, 200, 300],
                 ("missiles", "صواريخ", "صاروخ", "טילים")),
    "dollars": ([1_000_000, 2_000_000, 2_500_000, 5_000_000, 10_000_000, 15_000_000, 20_000_000, 50_000_000,
                 100_000_000, 150_000_000, 200_000_000, 250_000_000, 300_000_000, 500_000_000, 1_500_000,
                 750_000_000, 1_000_000_000, 3_000_000, 40_000_000],
                ("dollars", "دولارات", "دولار", "דולר")),
    "diplomats": ([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 23, 30, 40],
                  ("diplomats", "دبلوماسيين", "دبلوماسيا", "דיפלומטים")),
    "barrels": ([100000, 200000, 250000, 300000, 500000, 750000, 1000000, 1200000, 1500000, 2000000, 3000000,
                 40000, 60000, 80000, 120000, 150000], ("barrels", "براميل", "برميل", "חביות")),
    "people": ([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 20, 25, 30],
               ("people", "أشخاص", "شخصا", "בני אדם")),
}

# Attribution around a claim: (prefixes, suffixes) per language. A twin draws its own.
FRAMES = {
    "en": (["", "", "", "Reuters reported that ", "According to officials, ", "Sources said that ",
            "A statement said that ", "State media reported that ", "Officials confirmed that "],
           ["", "", "", ", a statement said", ", according to the ministry", ", officials said",
            ", local media reported", ", the agency said"]),
    "ar": (["", "", "", "أفادت مصادر بأن ", "ذكرت وكالة رويترز أن ", "قالت وسائل إعلام رسمية إن ",
            "وبحسب بيان رسمي، ", "أكد مسؤولون أن ", "وفي تطور جديد، "],
           ["", "", "", "، وفقا لبيان رسمي", "، بحسب مصادر مطلعة", "، حسبما أفادت وكالة الأنباء",
            "، وفق ما نقلته وسائل إعلام محلية"]),
    "he": (["", "", "", "לפי דיווח של רויטרס, ", "גורמים רשמיים מסרו כי ", "בהודעה רשמית נמסר כי ",
            "על פי כלי תקשורת ממלכתיים, ", "פקידים אישרו כי "],
           ["", "", "", ", כך נמסר בהודעה", ", לפי מקורות", ", כך דווח", ", לפי כלי תקשורת מקומיים"]),
}

# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------


class Names:
    """Invented people: first and last names spelt in the three scripts with one consonant mapping."""

    def __init__(self, seed: int, firsts: int = 400, lasts: int = 4000):
        rng = random.Random(f"names-{seed}")
        weights = [c[3] for c in CONSONANTS]
        self.firsts = self._make(rng, firsts, weights, (2, 3))
        self.lasts = self._make(rng, lasts, weights, (2, 4))

    @staticmethod
    def _make(rng: random.Random, count: int, weights: list[int], syllables: tuple[int, int]) -> list[list]:
        seen: set[str] = set()
        names = []
        while len(names) < count:
            parts = [(rng.choices(CONSONANTS, weights)[0], rng.choice(VOWELS))
                     for _ in range(rng.randint(*syllables))]
            final = rng.choices(CONSONANTS, weights)[0] if rng.random() < 0.6 else None
            latin = "".join(c[0] + v for c, v in parts) + (final[0] if final else "")
            if latin in seen or len(latin) < 4:
                continue
            seen.add(latin)
            names.append([latin.capitalize(), parts, final])
        return names

    @staticmethod
    def spell(name: list, language: str, rng: random.Random) -> str:
        """One spelling of an invented name; vowels are written or left out at random (the skeleton drops them)."""
        latin, parts, final = name
        if language == "en":
            return latin
        out = []
        for k, (consonant, vowel) in enumerate(parts):
            out.append(consonant[1] if language == "ar" else consonant[2])
            last = k == len(parts) - 1 and final is None
            if language == "ar":
                if last:
                    out.append(AR_VOWEL[vowel])
                elif rng.random() < 0.6:
                    out.append(AR_VOWEL[vowel])
            else:
                if last:
                    out.append("ה" if vowel == "a" else HE_VOWEL[vowel])
                elif vowel != "a" and rng.random() < 0.7 or vowel == "a" and rng.random() < 0.15:
                    out.append(HE_VOWEL[vowel])
        if final:
            out.append(final[1] if language == "ar" else final[2])
        word = "".join(out)
        if language == "he" and word[-1] in HE_FINAL:
            word = word[:-1] + HE_FINAL[word[-1]]
        return word


def pick_value(kind: str, rng: random.Random) -> int:
    """A figure as the news gives it: often one of the usual round ones, else one near it
    with two significant digits (12,000 troops, 3,400 troops), so that two unrelated
    events rarely share subject, target, action, figure and month by chance."""
    base = rng.choice(VALUES[kind][0])
    if base < 20 or rng.random() < 0.4:
        return base
    value = base * rng.uniform(0.6, 1.6)
    return int(round(value, -(len(str(int(value))) - 2)))


def number_text(value: int, kind: str, language: str, rng: random.Random) -> str:
    """``value`` with its noun, in one of the ways the language writes it."""
    en_noun, ar_few, ar_many, he_noun = VALUES[kind][1]
    forms: list[str] = []
    thousands = value // 1000 if value % 1000 == 0 and value < 1_000_000 else None
    millions = value / 1_000_000 if value >= 1_000_000 and value % 100_000 == 0 else None
    if language == "en":
        forms.append(f"{value:,} {en_noun}")
        if value <= 10 and value in EN_SMALL:
            forms.append(f"{EN_SMALL[value]} {en_noun}")
        if thousands and thousands in EN_SMALL:
            forms.append(f"{EN_SMALL[thousands]} thousand {en_noun}")
        if thousands and thousands > 10:
            forms.append(f"{thousands} thousand {en_noun}")
        if millions:
            forms += [f"{millions:g} million {en_noun}"] * 2
        if kind == "dollars":  # $2.5 million as often as 2.5 million dollars
            forms = ["$" + f.removesuffix(" dollars") if rng.random() < 0.5 else f for f in forms]
    elif language == "ar":
        def noun(n: float) -> str:
            return ar_few if 3 <= n <= 10 else ar_many
        forms.append(f"{value:,} {noun(value)}".replace(",", "،"))
        forms.append(f"{value:,}".translate(AR_INDIC) + f" {noun(value)}")
        if value < 10000:
            forms.append(f"{value} {noun(value)}")
        if value in AR_SMALL:
            forms.append(f"{AR_SMALL[value]} {noun(value)}")
        if thousands:
            if 3 <= thousands <= 10:
                forms += [f"{thousands} آلاف {ar_many}", f"{AR_SMALL[thousands]} آلاف {ar_many}"]
            elif thousands > 10:
                forms += [f"{thousands} ألف {ar_many}"] * 2
        if millions:
            forms += [f"{millions:g} مليون {ar_many}", f"{millions:g}".translate(AR_INDIC) + f" مليون {ar_many}"]
    else:
        forms.append(f"{value:,} {he_noun}")
        if value in HE_SMALL and kind not in ("companies",):
            forms.append(f"{HE_SMALL[value]} {he_noun}")
        if thousands:
            if thousands in HE_THOUSANDS:
                forms.append(f"{HE_THOUSANDS[thousands]} {he_noun}")
            elif thousands > 10:
                forms += [f"{thousands} אלף {he_noun}"] * 2
        if millions:
            forms += [f"{millions:g} מיליון {he_noun}"] * 2
    return rng.choice(forms)


def fill(template: str, slot: str, value: str) -> str:
    """Put ``value`` into ``slot``; an Arabic ل joined before a word with the article makes لل (ل + الصين = للصين)."""
    if value.startswith("ال"):
        template = template.replace("ل" + slot, "لل" + value[2:])
    return template.replace(slot, value)


def date_text(event: dict, language: str, rng: random.Random) -> str:
    month, day, year = event["month"], event["day"], event["year"]
    if month is None:
        return ""
    if language == "en":
        name = MONTHS_EN[month - 1]
        if day:
            text = rng.choice([f"on {day} {name}", f"on {name} {day}"])
        else:
            text = f"in {name}"
        return text + (f" {year}" if year else "")
    if language == "ar":
        egypt, levant = MONTHS_AR[month - 1], MONTHS_AR_LEVANT[month - 1]
        name = rng.choice([egypt, f"{egypt}/{levant}", f"{egypt} ({levant})", levant])
        d = (str(day) if rng.random() < 0.6 else str(day).translate(AR_INDIC)) if day else ""
        text = f"في {d} {name}" if d else f"في {name}"
        if year:
            text += rng.choice([f" {year}", f" عام {year}", f" {str(year).translate(AR_INDIC)}"])
        return text
    name = MONTHS_HE[month - 1]
    text = rng.choice([f"ב-{day} ב{name}", f"ב־{day} ב{name}"]) if day else f"ב{name}"
    return text + (f" {year}" if year else "")


class Generator:
    """Events (who did what, to whom, how many, when) and their renderings as claim sentences."""

    def __init__(self, seed: int):
        self.names = Names(seed)
        rng = random.Random(f"people-{seed}")
        # Invented people: (first, last), country index, role index.
        self.people = [(rng.randrange(len(self.names.firsts)), last, rng.randrange(len(COUNTRIES)),
                        rng.randrange(len(ROLES))) for last in range(len(self.names.lasts))]

    def event(self, rng: random.Random) -> dict:
        action = rng.choice(list(ACTIONS))
        takes, kind, _ = ACTIONS[action]
        person = takes == "person" or takes == "any" and rng.random() < 0.5
        if person:
            subject = ("real", rng.randrange(len(REAL_PEOPLE))) if rng.random() < 0.1 else \
                ("person", rng.randrange(len(self.people)))
        else:
            subject = ("country", rng.randrange(len(COUNTRIES)))
        target = rng.randrange(len(COUNTRIES))
        month = rng.randint(1, 12) if kind is None or rng.random() < 0.7 else None
        return {
            "action": action, "subject": subject, "target": target,
            "capital": action in ("visit", "meet") and rng.random() < 0.6,
            "other": ("person", rng.randrange(len(self.people))) if action == "meet" else None,
            "value": pick_value(kind, rng) if kind else None,
            "month": month, "day": rng.randint(1, 28) if month and rng.random() < 0.5 else None,
            "year": rng.choice([2022, 2023, 2024, 2025]) if month and rng.random() < 0.3 else None,
            "short_name": False,
        }

    def person_text(self, ref: tuple, language: str, rng: random.Random, *, short: bool = False) -> str:
        column = {"en": 0, "ar": 1, "he": 2}[language]
        if ref[0] == "real":
            names, country, role = REAL_PEOPLE[ref[1]]
            full = names[column]
            last = full.split()[-1]
        else:
            first, last_index, country, role = self.people[ref[1]]
            first_text = Names.spell(self.names.firsts[first], language, rng)
            last = Names.spell(self.names.lasts[last_index], language, rng)
            full = f"{first_text} {last}"
        if short:
            return last
        role_text = ROLES[role][0][rng.randrange(2)] if language == "en" else ROLES[role][column]
        role_text = fill(role_text, "{c}", COUNTRIES[country][column])
        if language == "en":
            return rng.choice([f"{role_text} {full}", f"{full}, {role_text},"]) \
                if "'s" not in role_text else rng.choice([f"{role_text}, {full},", f"{full}, {role_text},"])
        if language == "ar":
            return rng.choice([f"{role_text} {full}", f"{full}، {role_text}،"])
        return rng.choice([f"{role_text} {full}", f"{full}, {role_text},"])

    def render(self, event: dict, language: str, rng: random.Random, *, avoid: int | None = None) -> tuple[str, int]:
        """One sentence stating ``event`` in ``language``; and which template it used."""
        column = {"en": 0, "ar": 1, "he": 2}[language]
        takes, kind, templates = ACTIONS[event["action"]]
        choices = [k for k in range(len(templates[language])) if k != avoid] or [0]
        which = rng.choice(choices)
        template = templates[language][which]
        kind_of, ref = event["subject"]
        masculine = kind_of != "country"
        if kind_of == "country":
            country = COUNTRIES[ref][column]
            subject = country if rng.random() < 0.8 else {
                "en": f"the government of {country}", "ar": f"حكومة {country}", "he": f"ממשלת {country}"}[language]
            if language == "en" and subject.startswith("the ") and template.startswith("{S}"):
                subject = "T" + subject[1:]
        else:
            subject = self.person_text(event["subject"], language, rng, short=event["short_name"])
        target = COUNTRIES[event["target"]][column + (3 if event["capital"] else 0)]
        text = template
        if language in ("ar", "he"):
            text = " ".join(w.split("|")[0 if masculine else 1] if "|" in w else w for w in text.split(" "))
        if event["value"] is not None:
            text = text.replace("{N}", number_text(event["value"], kind, language, rng))
        if event["other"] is not None:
            text = text.replace("{P}", self.person_text(event["other"], language, rng))
        text = fill(text.replace("{S}", subject), "{T}", target)
        when = date_text(event, language, rng)
        if when:
            text = f"{text} {when}"
        prefixes, suffixes = FRAMES[language]
        prefix, suffix = rng.choice(prefixes), rng.choice(suffixes)
        if language == "ar" and prefix.endswith(("أن ", "إن ")) and not template.startswith("{S}"):
            prefix = rng.choice(["", "وبحسب بيان رسمي، ", "وفي تطور جديد، "])  # أن is followed by a noun
        if prefix and language == "en" and text.startswith("The "):
            text = "t" + text[1:]
        text = prefix + text + suffix
        text = text[0].upper() + text[1:]
        return text + ".", which


def generate(n: int, seed: int, new: int) -> dict:
    """``n`` claims (with planted twins) and ``new`` held-out claims, each a paraphrase of one of the ``n``."""
    gen = Generator(seed)
    rng = random.Random(f"claims-{seed}-{n}")
    languages, weights = zip(*LANGUAGES)
    base = round(n / (1 + TWIN_SHARE))
    claims: list[dict] = []  # {"text", "language", "event", "twin_of"}
    events = []
    for _ in range(base):
        event = gen.event(rng)
        language = rng.choices(languages, weights)[0]
        text, which = gen.render(event, language, rng)
        events.append((event, language, which))
        claims.append({"text": text, "language": language, "twin_of": None})
    twins = []
    for k in rng.sample(range(base), n - base):
        event, language, which = events[k]
        twin_event = dict(event)
        if rng.random() < 0.2 and event["subject"][0] != "country":
            twin_event["short_name"] = True  # "Shoigu" for "Defense Minister Sergei Shoigu"
        if rng.random() < CROSS_LANGUAGE_SHARE:
            twin_language = rng.choice([lang for lang in languages if lang != language])
            text, _ = gen.render(twin_event, twin_language, rng)
        else:
            twin_language = language
            text, _ = gen.render(twin_event, twin_language, rng, avoid=which)
        twins.append({"text": text, "language": twin_language, "twin_of": k})
    claims += twins
    order = list(range(len(claims)))
    rng.shuffle(order)
    position = {old: new_pos for new_pos, old in enumerate(order)}
    shuffled = [claims[old] for old in order]
    pairs = []
    for old, claim in enumerate(claims):
        if claim["twin_of"] is not None:
            a, b = position[claim["twin_of"]], position[old]
            pairs.append((min(a, b), max(a, b), claim["language"] != claims[claim["twin_of"]]["language"]))
    held_out = []
    for k in range(new):
        source = rng.randrange(base)
        event, language, which = events[source]
        lang = rng.choice(languages)
        text, _ = gen.render(event, lang, rng, avoid=which if lang == language else None)
        held_out.append({"text": text, "language": lang, "twin": position[source]})
    return {"claims": shuffled, "pairs": sorted(pairs), "new": held_out}


# ---------------------------------------------------------------------------
# Measures (child process)
# ---------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def child_kernel(n: int, seed: int, full_cdist: int, new: int, misses_path: Path | None) -> dict:
    import numpy as np
    from rapidfuzz import fuzz, process

    from workbench.linking.glossary import load_glossary
    from workbench.linking.matching import SUGGEST_THRESHOLD, ClaimIndex, Item
    from workbench.linking.signature import signature

    r: dict = {"n": n, "rss_base_mb": rss_peak_mb()}
    t0 = time.perf_counter()
    data = generate(n, seed, new)
    r["generate_s"] = time.perf_counter() - t0
    claims, pairs = data["claims"], data["pairs"]
    r["pairs"] = len(pairs)
    r["cross_pairs"] = sum(1 for *_, cross in pairs if cross)
    log(f"  generated {n:,} claims, {len(pairs):,} planted pairs in {r['generate_s']:.1f} s")

    t0 = time.perf_counter()
    glossary = load_glossary()
    r["glossary_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    first = signature(claims[0]["text"], glossary)  # cold: loads what the signatures need
    r["first_signature_ms"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    sigs = [first] + [signature(c["text"], glossary) for c in claims[1:]]
    r["signature_s"] = time.perf_counter() - t0
    r["keys_per_claim"] = sum(len(s.keys) for s in sigs) / n
    log(f"  signatures {r['signature_s']:.1f} s ({r['signature_s'] / n * 1e6:.0f} µs/claim)")

    gc.collect()
    t0 = time.perf_counter()
    index = ClaimIndex(Item(k, c["language"], s) for k, (c, s) in enumerate(zip(claims, sigs)))
    r["build_s"] = time.perf_counter() - t0
    r["vocab"] = len(index.vocab)
    log(f"  index built in {r['build_s']:.2f} s ({len(index.vocab):,} keys)")

    t0 = time.perf_counter()
    found = list(index.candidate_pairs())
    r["link_s"] = time.perf_counter() - t0
    r["found_pairs"] = len(found)
    found_set = {(a, b) for a, b, _ in found}
    hit = [(a, b, cross) for a, b, cross in pairs if (a, b) in found_set]
    planted_set = {(a, b) for a, b, _ in pairs}
    r["precision"] = len(hit) / len(found) if found else float("nan")
    r["score_planted_p50"] = percentile([sc for a, b, sc in found if (a, b) in planted_set], 50)
    r["score_other_p50"] = percentile([sc for a, b, sc in found if (a, b) not in planted_set], 50)
    r["other_above_planted_p50"] = sum(1 for a, b, sc in found
                                       if (a, b) not in planted_set and sc >= r["score_planted_p50"])
    r["recall"] = len(hit) / len(pairs) if pairs else float("nan")
    cross = [p for p in pairs if p[2]]
    r["recall_cross"] = sum(1 for p in hit if p[2]) / len(cross) if cross else float("nan")
    r["recall_same"] = sum(1 for p in hit if not p[2]) / (len(pairs) - len(cross)) if len(pairs) > len(cross) \
        else float("nan")
    log(f"  linking {r['link_s']:.1f} s: {len(found):,} pairs, recall {r['recall']:.3f}")
    r["misses"] = miss_causes(index, pairs, found_set)
    if misses_path is not None:
        write_misses(misses_path, n, claims, sigs, pairs, found_set, index)
    r["shared"] = shared_keys(sigs, pairs)
    del found, found_set

    # Suggestions for one new claim: signature + query, one by one.
    total_ms, query_ms, new_hits = [], [], 0
    for claim in data["new"]:
        t0 = time.perf_counter()
        sig = signature(claim["text"], glossary)
        t1 = time.perf_counter()
        top = index.query(sig, top=10, min_score=SUGGEST_THRESHOLD)
        t2 = time.perf_counter()
        total_ms.append((t2 - t0) * 1000)
        query_ms.append((t2 - t1) * 1000)
        new_hits += claim["twin"] in [c.claim_id for c in top[:5]]
    r["suggest_p50"], r["suggest_p95"] = percentile(total_ms, 50), percentile(total_ms, 95)
    r["query_p50"], r["query_p95"] = percentile(query_ms, 50), percentile(query_ms, 95)
    r["new_recall5"] = new_hits / len(data["new"]) if data["new"] else float("nan")
    log(f"  suggest p50 {r['suggest_p50']:.1f} ms, p95 {r['suggest_p95']:.1f} ms")

    sample = random.Random(seed).sample(pairs, min(RECALL_AT_5_PAIRS, len(pairs)))
    at5 = 0
    why5 = {"shortlist": 0, "outranked": 0, "below_threshold": 0}
    for a, b, _ in sample:
        top = index.query(sigs[a], top=5, exclude={a}, min_score=SUGGEST_THRESHOLD)
        if b in [c.claim_id for c in top]:
            at5 += 1
            continue
        score = pair_score(index, a, b)
        if score < SUGGEST_THRESHOLD:
            why5["below_threshold"] += 1
        elif len(top) < 5 or score > top[-1].score:
            why5["shortlist"] += 1  # it would have been in the top 5: the cosine shortlist left it out
        else:
            why5["outranked"] += 1
    r["recall5_misses"] = why5
    r["recall5"] = at5 / len(sample) if sample else float("nan")
    r["recall5_n"] = len(sample)
    log(f"  recall@5 {r['recall5']:.3f} over {len(sample)} planted pairs")
    r["rss_engine_mb"] = rss_peak_mb()

    # The reference: bare cdist over the very same pivot strings.
    pivots = [s.pivot for s in sigs]
    r["pivot_chars"] = sum(map(len, pivots)) / n
    del index, sigs
    gc.collect()
    # One list against itself: rapidfuzz scores each pair once (the scorer is symmetric), so
    # the full run does N(N-1)/2 comparisons; a slice of R rows against all N does R*N of
    # them and is scaled by N / (2R).
    def timed_cdist(rows: list[str]) -> float:
        t = time.perf_counter()
        matrix = process.cdist(rows, pivots, scorer=fuzz.token_sort_ratio, processor=None, workers=-1,
                               dtype=np.uint8)
        seconds = time.perf_counter() - t
        del matrix
        gc.collect()
        return seconds

    slice_rows = min(CDIST_SLICE, n)
    if n <= full_cdist:
        r["cdist_s"] = timed_cdist(pivots)
        r["cdist_extrapolated"] = False
        log(f"  bare cdist {n:,} x {n:,}: {r['cdist_s']:.1f} s")
        if n >= 5 * CDIST_SLICE:  # how well the slice estimate (used above --full-cdist) agrees
            measured = timed_cdist(pivots[:slice_rows])
            r["cdist_slice_estimate_s"] = measured * n / (2 * slice_rows)
            log(f"  bare cdist {slice_rows:,} x {n:,}: {measured:.1f} s "
                f"-> estimate {r['cdist_slice_estimate_s']:.1f} s")
    else:
        measured = timed_cdist(pivots[:slice_rows])
        r["cdist_rows"], r["cdist_measured_s"] = slice_rows, measured
        r["cdist_s"] = measured * n / (2 * slice_rows)
        r["cdist_extrapolated"] = True
        log(f"  bare cdist {slice_rows:,} x {n:,}: {measured:.1f} s -> {r['cdist_s']:.0f} s "
            f"extrapolated to {n:,} x {n:,}")
    r["rss_peak_mb"] = rss_peak_mb()
    return r


def shared_keys(sigs: list, pairs: list) -> dict:
    """Of the planted pairs: how many share their number key, their month key, a name key."""
    out = {"number": [0, 0], "month": [0, 0], "name": [0, 0]}
    for a, b, _ in pairs:
        ka, kb = sigs[a].keys, sigs[b].keys
        for kind, test in (("number", lambda k: k[0] == "="), ("month", lambda k: k[0] == "@"),
                           ("name", lambda k: k[0] not in "=@^#")):
            mine = {k for k in ka if test(k)}
            theirs = {k for k in kb if test(k)}
            if mine or theirs:
                out[kind][1] += 1
                out[kind][0] += bool(mine & theirs)
    return out


def pair_score(index, a: int, b: int) -> float:
    """The engine's score of two rows of the index, through its own pair scorer when it
    has one (so the diagnosis follows the engine's factors), else vector share + text share."""
    import numpy as np

    from workbench.linking.matching import VECTOR_SHARE, text_similarity

    for name in ("_best_scored", "_scored"):
        scorer = getattr(index, name, None)
        if scorer is not None:
            got = list(scorer(np.array([a], dtype=np.int64), np.array([b], dtype=np.int64), -1.0))
            return float(got[0][2]) if got else 0.0
    cosine = float(index.matrix[a].multiply(index.matrix[b]).sum())
    return VECTOR_SHARE * cosine + (1 - VECTOR_SHARE) * text_similarity(index.pivots[a], index.pivots[b])


def miss_causes(index, pairs: list, found: set) -> dict:
    """Why planted pairs were not found: their score is under the threshold; they share no key
    rare enough to block on; or they do, but the pair is not among either claim's best few."""
    from workbench.linking.matching import SUGGEST_THRESHOLD

    blocking = index._blocking_matrix()
    out = {"below_threshold": 0, "no_rare_key": 0, "cut": 0}
    for a, b, _ in pairs:
        if (a, b) in found:
            continue
        if pair_score(index, a, b) < SUGGEST_THRESHOLD:
            out["below_threshold"] += 1
        elif blocking[a].multiply(blocking[b]).sum() == 0:
            out["no_rare_key"] += 1
        else:
            out["cut"] += 1
    return out


def write_misses(path: Path, n: int, claims: list, sigs: list, pairs: list, found: set, index) -> None:
    missed = [(a, b) for a, b, _ in pairs if (a, b) not in found]
    with path.open("a", encoding="utf-8") as out:
        out.write(f"=== N={n:,}: {len(missed)} of {len(pairs)} planted pairs not found by candidate_pairs\n")
        for a, b in missed[:60]:
            score = pair_score(index, a, b)
            out.write(f"\n[{a}] {claims[a]['language']} {claims[a]['text']}\n    pivot: {sigs[a].pivot}\n")
            out.write(f"[{b}] {claims[b]['language']} {claims[b]['text']}\n    pivot: {sigs[b].pivot}\n")
            shared = sorted(set(sigs[a].keys) & set(sigs[b].keys))
            df = {k: int(index.df[index.vocab[k]]) for k in shared}
            out.write(f"    pair_score {score:.3f}; shared keys with their df {df}\n")


def child_db(n: int, seed: int, build_limit: float) -> dict:
    """End to end on a database: import articles, mark the claims, time link_all."""
    from workbench.claims.marking import create_claim
    from workbench.db.store import open_db
    from workbench.kernel.errors import BadInput
    from workbench.library.articles import get_article
    from workbench.library.ingest import import_paths
    from workbench.linking import links, matching

    r: dict = {"n": n, "stopped": False}
    data = generate(n, seed, 0)
    claims = data["claims"]
    folder = OUT / "linking-db"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "articles").mkdir(parents=True)
    # Articles of 10 claims each, one language an article, one claim a line.
    by_language: dict[str, list[int]] = {}
    for k, claim in enumerate(claims):
        by_language.setdefault(claim["language"], []).append(k)
    articles = []
    for language, ks in sorted(by_language.items()):
        for start in range(0, len(ks), 10):
            articles.append((language, ks[start:start + 10]))
    per_file = 500
    for f in range(0, len(articles), per_file):
        with (folder / "articles" / f"claims-{f // per_file:04d}.jsonl").open("w", encoding="utf-8") as out:
            for number, (language, ks) in enumerate(articles[f:f + per_file]):
                title = {"ar": "أخبار", "he": "חדשות", "en": "News"}[language] + f" {f + number + 1}"
                text = "\n".join(claims[k]["text"] for k in ks)
                out.write(json.dumps({"id": f"a{f + number}", "title": title, "text": text, "language": language},
                                     ensure_ascii=False) + "\n")
    db = open_db(folder / "linking.sqlite")
    started = time.perf_counter()
    report = import_paths(db, [folder / "articles"], should_cancel=lambda: time.perf_counter() - started > build_limit)
    r["import_s"] = time.perf_counter() - started
    log(f"  imported {len(report.added):,} articles in {r['import_s']:.1f} s")
    if report.problems or len(report.added) != len(articles):
        r["stopped"] = True
        r["why"] = f"import: {len(report.added)} of {len(articles)} articles, problems {report.problems[:3]}"
        return r
    claim_ids: dict[int, int] = {}
    bad = 0
    t0 = time.perf_counter()
    for article_id, (language, ks) in zip(report.added, articles):
        text = get_article(db, article_id)["text"]
        position = 0
        for k in ks:
            start = text.find(claims[k]["text"], position)
            if start < 0:
                bad += 1
                continue
            end = start + len(claims[k]["text"])
            position = end
            try:
                claim_ids[k] = create_claim(db, article_id, start, end, checker="bench").id
            except BadInput:
                bad += 1
        if time.perf_counter() - started > build_limit:
            r["stopped"] = True
            r["why"] = f"building the database took more than {build_limit:.0f} s ({len(claim_ids):,} claims marked)"
            return r
    r["claims_s"] = time.perf_counter() - t0
    r["claims"] = len(claim_ids)
    r["claims_not_marked"] = bad
    log(f"  marked {len(claim_ids):,} claims in {r['claims_s']:.1f} s ({bad} could not be marked)")

    spent = {"load_index": 0.0, "candidate_pairs": 0.0, "store": 0.0}

    def timed(name: str, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t
        return wrapper

    original_pairs = matching.ClaimIndex.candidate_pairs

    def candidate_pairs(self, *args, **kwargs):
        t = time.perf_counter()
        result = list(original_pairs(self, *args, **kwargs))
        spent["candidate_pairs"] += time.perf_counter() - t
        return iter(result)

    links.load_index = timed("load_index", links.load_index)
    links._store_pair = timed("store", links._store_pair)
    matching.ClaimIndex.candidate_pairs = candidate_pairs
    t0 = time.perf_counter()
    link_report = links.link_all(db)
    r["link_all_s"] = time.perf_counter() - t0
    r["spent"] = spent
    r["candidates"] = link_report.candidates
    r["auto_linked"] = link_report.linked
    log(f"  link_all {r['link_all_s']:.1f} s: {link_report.candidates:,} candidates, {link_report.linked:,} linked")
    # Recall in the database: planted pairs that became a candidate or an automatic link.
    stored = {tuple(row) for row in db.execute("SELECT a, b FROM link_candidates")}
    stored |= {tuple(row) for row in db.execute("SELECT a, b FROM claim_links")}
    planted = [(claim_ids[a], claim_ids[b]) for a, b, _ in data["pairs"] if a in claim_ids and b in claim_ids]
    r["db_recall"] = sum(1 for a, b in planted if (min(a, b), max(a, b)) in stored) / len(planted) if planted \
        else float("nan")
    # Links made without a person: how many are planted pairs (the rest join claims that differ).
    planted_set = {(min(a, b), max(a, b)) for a, b in planted}
    auto = [tuple(row) for row in db.execute("SELECT a, b, score FROM claim_links WHERE origin = 'auto'")]
    r["auto_planted"] = sum(1 for a, b, _ in auto if (a, b) in planted_set)
    text_of = {claim_id: claims[k]["text"] for k, claim_id in claim_ids.items()}
    wrong = [(a, b, sc) for a, b, sc in auto if (a, b) not in planted_set]
    with (OUT / "linking-misses.txt").open("a", encoding="utf-8") as out:
        out.write(f"\n=== DB N={n:,}: {len(wrong)} of {len(auto)} automatic links join claims "
                  f"that are no planted pair\n")
        for a, b, sc in wrong[:30]:
            out.write(f"\n{sc:.3f}  [{a}] {text_of[a]}\n       [{b}] {text_of[b]}\n")
    r["rss_peak_mb"] = rss_peak_mb()
    db.close()
    shutil.rmtree(folder, ignore_errors=True)
    return r


def profile(n: int, seed: int) -> None:
    """cProfile of the engine's steps at N: signatures, index, whole-library linking, 100 queries."""
    import cProfile
    import pstats

    from workbench.linking.glossary import load_glossary
    from workbench.linking.matching import SUGGEST_THRESHOLD, ClaimIndex, Item
    from workbench.linking.signature import signature

    data = generate(n, seed, 100)
    glossary = load_glossary()
    steps = {}
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    sigs = [signature(c["text"], glossary) for c in data["claims"]]
    profiler.disable()
    steps["signatures"] = (time.perf_counter() - t0, profiler)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    index = ClaimIndex(Item(k, c["language"], s) for k, (c, s) in enumerate(zip(data["claims"], sigs)))
    profiler.disable()
    steps["index build"] = (time.perf_counter() - t0, profiler)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    list(index.candidate_pairs())
    profiler.disable()
    steps["candidate_pairs"] = (time.perf_counter() - t0, profiler)
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    for claim in data["new"]:
        index.query(signature(claim["text"], glossary), top=10, min_score=SUGGEST_THRESHOLD)
    profiler.disable()
    steps["100 suggestions"] = (time.perf_counter() - t0, profiler)
    for name, (seconds, prof) in steps.items():
        print(f"\n===== {name} at N={n:,}: {seconds:.2f} s (under cProfile) =====", file=sys.stderr)
        stats = pstats.Stats(prof, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(14)


# ---------------------------------------------------------------------------
# Parent: runs, table
# ---------------------------------------------------------------------------


def run_child(*argv: str) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), *argv]
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=None, text=True, env=os.environ.copy())
    if done.returncode != 0:
        raise SystemExit(f"child {' '.join(argv)} failed with code {done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def status(ok: bool | None) -> str:
    return "-" if ok is None else "ok" if ok else "MISS"


def kernel_rows(r: dict) -> list[list[str]]:
    n = r["n"]
    tag = f"N={n:,}"
    ref = (f"bare cdist {r['cdist_s']:,.0f} s EXTRAPOLATED ({r['cdist_rows']:,} x {n:,} in "
           f"{r['cdist_measured_s']:.1f} s, x N/2R)" if r["cdist_extrapolated"]
           else f"bare cdist {n:,} x {n:,} {r['cdist_s']:.1f} s")
    ratio = r["link_s"] / r["cdist_s"]
    if n == 10_000:
        link_goal, link_ok = f"{ratio:.2f}x (goal <= {LINK_RATIO_GOAL}x)", ratio <= LINK_RATIO_GOAL
    elif n == 100_000:
        link_goal, link_ok = f"{ratio:.3f}x (goal < {LINK_SECONDS_GOAL:.0f} s)", r["link_s"] < LINK_SECONDS_GOAL
    else:
        link_goal, link_ok = f"{ratio:.2f}x", None
    sh = r["shared"]
    p95_goal = n >= 100_000
    miss, m5 = r["misses"], r["recall5_misses"]
    calibration = []
    if "cdist_slice_estimate_s" in r:
        calibration = [[f"{tag}: bare cdist estimated from {CDIST_SLICE:,} rows",
                        f"{r['cdist_slice_estimate_s']:.1f} s", f"measured whole {r['cdist_s']:.1f} s",
                        f"{r['cdist_slice_estimate_s'] / r['cdist_s']:.2f}x", "-"]]
    return [
        [f"{tag}: planted pairs", f"{r['pairs']:,} ({r['cross_pairs']:,} cross-language)",
         f"{r['keys_per_claim']:.1f} keys, pivot {r['pivot_chars']:.0f} chars a claim", "-", "-"],
        [f"{tag}: signature", f"{r['signature_s'] / n * 1e6:,.0f} µs/claim ({r['signature_s']:.1f} s)",
         f"first call {r['first_signature_ms']:,.0f} ms; glossary loaded in {r['glossary_s'] * 1000:.0f} ms",
         "-", "-"],
        [f"{tag}: index build", f"{r['build_s']:.2f} s", f"{r['vocab']:,} distinct keys", "-", "-"],
        [f"{tag}: whole-library linking", f"{r['link_s']:.1f} s ({r['found_pairs']:,} pairs >= threshold)",
         ref, link_goal, status(link_ok)],
        [f"{tag}: linking recall", f"{r['recall']:.3f}", f"cross-language {r['recall_cross']:.3f}, "
         f"same language {r['recall_same']:.3f}", f"goal >= {RECALL_GOAL}", status(r["recall"] >= RECALL_GOAL)],
        [f"{tag}: pairs found that are planted", f"{r['precision']:.3f}",
         f"median score planted {r['score_planted_p50']:.2f}, others {r['score_other_p50']:.2f}; "
         f"{r['other_above_planted_p50']:,} others >= the planted median", "-", "-"],
        [f"{tag}: planted pairs missed, why", f"{miss['no_rare_key']} share no blocking key",
         f"{miss['cut']} cut by the best-few-per-claim limits, {miss['below_threshold']} score < threshold",
         "-", "-"],
        [f"{tag}: planted pairs sharing", f"number {sh['number'][0] / max(sh['number'][1], 1):.2f}",
         f"month {sh['month'][0] / max(sh['month'][1], 1):.2f}, a name {sh['name'][0] / max(sh['name'][1], 1):.2f}",
         "-", "-"],
        [f"{tag}: recall@5 of a query", f"{r['recall5']:.3f} ({r['recall5_n']} pairs)",
         f"new claims' source in top 5: {r['new_recall5']:.3f}", "-", "-"],
        [f"{tag}: recall@5 missed, why", f"{m5['outranked']} outranked by 5 others",
         f"{m5['shortlist']} left out of the cosine shortlist, {m5['below_threshold']} score < threshold", "-", "-"],
        [f"{tag}: suggest p50 (signature+query)", f"{r['suggest_p50']:.1f} ms", f"query alone {r['query_p50']:.1f} ms",
         "-", "-"],
        [f"{tag}: suggest p95 (signature+query)", f"{r['suggest_p95']:.1f} ms", f"query alone {r['query_p95']:.1f} ms",
         f"goal < {SUGGEST_P95_GOAL_MS:.0f} ms at 100,000" if p95_goal else "-",
         status(r["suggest_p95"] < SUGGEST_P95_GOAL_MS) if p95_goal else "-"],
        [f"{tag}: peak RSS", f"{r['rss_peak_mb']:.0f} MB", f"engine part {r['rss_engine_mb']:.0f} MB "
         f"(start {r['rss_base_mb']:.0f} MB)", "-", "-"],
    ] + calibration


def db_rows(r: dict, kernel: dict | None) -> list[list[str]]:
    tag = f"DB N={r['n']:,}"
    if r["stopped"]:
        return [[f"{tag}: link_all end to end", "skipped", r["why"], "-", "-"]]
    sp = r["spent"]
    rest = r["link_all_s"] - sp["load_index"] - sp["candidate_pairs"] - sp["store"]
    in_memory = kernel['first_signature_ms'] / 1000 + kernel['signature_s'] + kernel['build_s'] + kernel['link_s'] \
        if kernel else None
    kernel_ref = f"in memory: {in_memory:.1f} s (signatures with the cold first call + build + linking)" \
        if kernel else "-"
    return [
        [f"{tag}: build (untimed for goals)", f"import {r['import_s']:.1f} s + create_claim {r['claims_s']:.1f} s",
         f"{r['claims']:,} claims marked, {r['claims_not_marked']} not", "-", "-"],
        [f"{tag}: link_all end to end", f"{r['link_all_s']:.1f} s", kernel_ref,
         f"{r['link_all_s'] / in_memory:.2f}x" if kernel else "-",
         "-"],
        [f"{tag}: in load_index (signatures, index)", f"{sp['load_index']:.1f} s", "", "-", "-"],
        [f"{tag}: in candidate_pairs", f"{sp['candidate_pairs']:.1f} s", "", "-", "-"],
        [f"{tag}: in _store_pair", f"{sp['store']:.1f} s", f"{r['candidates']:,} candidates, {r['auto_linked']:,} auto",
         "-", "-"],
        [f"{tag}: elsewhere", f"{rest:.1f} s", "batches, commits", "-", "-"],
        [f"{tag}: recall of planted pairs", f"{r['db_recall']:.3f}", "candidates + automatic links",
         f"goal >= {RECALL_GOAL}", status(r["db_recall"] >= RECALL_GOAL)],
        [f"{tag}: automatic links that are planted", f"{r['auto_planted']:,} of {r['auto_linked']:,}",
         "linked without a person (same language, >= 8 words, score >= LINK_THRESHOLD)", "-", "-"],
    ]


def snapshot_core() -> str:
    """Copy workbench/ to bench/out/core-snapshot-linking and import it from there; name the commit."""
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    shutil.copytree(ROOT / "workbench", SNAPSHOT / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["BENCH_CORE"] = str(SNAPSHOT)
    sys.path.insert(0, str(SNAPSHOT))
    return f"workbench/ at {head_commit()} (working tree as copied when the run started)"


def head_commit() -> str:
    """The checked-out commit, read from .git without running git."""
    git = ROOT / ".git"
    try:
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:9]
        ref = head[5:]
        if (git / ref).exists():
            return (git / ref).read_text().strip()[:9]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:9]
    except OSError:
        pass
    return "unknown commit"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="numbers of claims, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true",
                        help="sizes 1000,10000, the DB part at 1,000, cdist at 10,000 extrapolated: a smoke test")
    parser.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
    parser.add_argument("--db-size", type=int, default=10000,
                        help="claims in the end-to-end link_all database (default 10000; 0: skip)")
    parser.add_argument("--db-build-limit", type=float, default=180, metavar="S",
                        help="give up the end-to-end part if building its database takes more than S seconds")
    parser.add_argument("--full-cdist", type=int, default=20000, metavar="N",
                        help=f"run the reference cdist whole up to N claims; above, {CDIST_SLICE:,} rows, extrapolated")
    parser.add_argument("--new", type=int, default=NEW_CLAIMS, help="new claims queried for the latency")
    parser.add_argument("--profile", type=int, metavar="N", help="instead: cProfile the engine's steps at N claims")
    parser.add_argument("--child", choices=["kernel", "db"], help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        if args.child == "kernel":
            result = child_kernel(args.n, args.seed, args.full_cdist, args.new, OUT / "linking-misses.txt")
        else:
            result = child_db(args.n, args.seed, args.db_build_limit)
        print(json.dumps(result))
        return

    glossary_file = ROOT / "workbench" / "data" / "glossary.json"
    if not glossary_file.exists():
        raise SystemExit(f"{glossary_file.relative_to(ROOT)} is missing: the signatures need the glossary")
    OUT.mkdir(parents=True, exist_ok=True)
    core = snapshot_core()
    if args.profile:
        log(f"core profiled: {core}")
        profile(args.profile, args.seed)
        return
    sizes = [1000, 10000] if args.quick else sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    db_size = 1000 if args.quick and args.db_size == 10000 else args.db_size
    full_cdist = min(args.full_cdist, 1000) if args.quick else args.full_cdist  # --quick: 10,000 extrapolated
    started = time.perf_counter()
    (OUT / "linking-misses.txt").unlink(missing_ok=True)

    results = {}
    for n in sizes:
        log(f"N={n:,}: generate, signatures, index, linking, suggestions, bare cdist (fresh process) ...")
        results[n] = run_child("--child", "kernel", "--n", str(n), "--seed", str(args.seed),
                               "--full-cdist", str(full_cdist), "--new", str(args.new))
    db_result = None
    if db_size:
        log(f"DB N={db_size:,}: build through import_paths + create_claim, then link_all (fresh process) ...")
        db_result = run_child("--child", "db", "--n", str(db_size), "--seed", str(args.seed),
                              "--db-build-limit", str(args.db_build_limit))

    from tabulate import tabulate

    rows = [row for n in sizes for row in kernel_rows(results[n])]
    if db_result:
        rows += db_rows(db_result, results.get(db_size))
    table = tabulate(rows, headers=["measure", "value", "reference", "ratio / goal", "status"], tablefmt="github")
    notes = [
        f"seed {args.seed}; {os.cpu_count()} CPUs; Python {platform.python_version()}; "
        f"{time.perf_counter() - started:.0f} s in all",
        "linking = list(ClaimIndex.candidate_pairs()) at SUGGEST_THRESHOLD, one thread; "
        "bare cdist = rapidfuzz.process.cdist(pivots, pivots, scorer=fuzz.token_sort_ratio, processor=None, "
        "workers=-1, dtype=uint8) on the same pivots, all cores",
        f"core measured: {core}",
    ]
    print(table)
    for note in notes:
        print(f"({note})")
    (OUT / "linking.md").write_text("# bench_linking\n\n" + table + "\n\n" + "\n".join(f"- {x}" for x in notes) + "\n",
                                    "utf-8")


if __name__ == "__main__":
    main()
