"""The database schema, as ordered migrations (sqlite-utils ``Migrations``).

Append new steps at the end; never edit a step that has shipped. Each step
runs in its own transaction together with the record that it was applied.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("workbench")


@migrations()
def m001_articles(db: Database) -> None:
    """Articles (original text immutable), their derived paragraphs, folds and search index."""
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            language TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('rtl', 'ltr')),
            publisher TEXT,
            url TEXT,
            published TEXT,
            source_path TEXT,
            source_record INTEGER,
            source_format TEXT NOT NULL,
            source_encoding TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            previous_id INTEGER REFERENCES articles(id),
            is_current INTEGER NOT NULL DEFAULT 1,
            imported_at TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles(source_path, source_record);
        CREATE INDEX articles_current_language ON articles(is_current, language);
        CREATE TRIGGER articles_text_is_immutable
        BEFORE UPDATE OF text, content_hash ON articles
        BEGIN
            SELECT RAISE(ABORT, 'the original text of an article is immutable: import a new version instead');
        END;

        CREATE TABLE paragraphs (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            language TEXT NOT NULL,
            direction TEXT NOT NULL,
            PRIMARY KEY (article_id, start)
        ) WITHOUT ROWID;

        CREATE TABLE folds (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (article_id, start)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, stems, content='', tokenize='unicode61 remove_diacritics 2'
        );
        INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0, 0.5)');
        """
    )


@migrations()
def m002_claims(db: Database) -> None:
    """Claims anchored to an article's original text: offsets plus quote and context."""
    db.executescript(
        """
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX claims_article ON claims(article_id);
        """
    )


@migrations()
def m003_claim_details(db: Database) -> None:
    """What a checker records about a claim, who the people are, and decisions on suggestions."""
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN statement TEXT NOT NULL DEFAULT '';
        ALTER TABLE claims ADD COLUMN kind TEXT NOT NULL DEFAULT 'other'
            CHECK (kind IN ('numeric', 'quote', 'event', 'denial', 'prediction', 'other'));
        ALTER TABLE claims ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE claims ADD COLUMN people TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE claims ADD COLUMN places TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE claims ADD COLUMN numbers TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE claims ADD COLUMN checker TEXT NOT NULL DEFAULT '';
        ALTER TABLE claims ADD COLUMN status TEXT NOT NULL DEFAULT 'marked'
            CHECK (status IN ('marked', 'checking', 'verdict', 'published'));
        ALTER TABLE claims ADD COLUMN updated_at TEXT;
        ALTER TABLE claims ADD COLUMN external_id TEXT;
        CREATE UNIQUE INDEX claims_external_id ON claims(external_id) WHERE external_id IS NOT NULL;

        CREATE TABLE people (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('checker', 'supervisor')),
            created_at TEXT NOT NULL
        );

        CREATE TABLE suggestion_decisions (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            PRIMARY KEY (article_id, start, "end")
        );
        """
    )


@migrations()
def m004_source_keys(db: Database) -> None:
    """What makes a re-imported item a new version of an article: its file, or for a record
    in a JSON/JSONL/CSV file its URL or id. A record with neither has no versions: a
    record number changes meaning as soon as a record above it is removed."""
    db.executescript(
        """
        ALTER TABLE articles ADD COLUMN source_key TEXT;
        UPDATE articles SET source_key = CASE
            WHEN source_record IS NULL THEN source_path
            WHEN url IS NOT NULL THEN source_path || '#url=' || url
        END;
        CREATE INDEX articles_source_key ON articles(source_key, is_current);
        """
    )


@migrations()
def m005_claim_links(db: Database) -> None:
    """Links between claims that state the same thing: decisions by people, links made by
    whole-library linking, candidate pairs it found, the desk's own glossary terms, and
    each claim's signature (derived, rebuilt when the glossary changes)."""
    db.executescript(
        """
        CREATE TABLE claim_links (
            a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            decision TEXT NOT NULL CHECK (decision IN ('same', 'different')),
            origin TEXT NOT NULL CHECK (origin IN ('person', 'auto')),
            score REAL,
            decided_by TEXT NOT NULL,
            decided_at TEXT NOT NULL,
            PRIMARY KEY (a, b),
            CHECK (a < b)
        ) WITHOUT ROWID;
        CREATE INDEX claim_links_b ON claim_links(b);

        CREATE TABLE link_candidates (
            a INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            reasons TEXT NOT NULL,
            PRIMARY KEY (a, b),
            CHECK (a < b)
        ) WITHOUT ROWID;
        CREATE INDEX link_candidates_b ON link_candidates(b);

        CREATE TABLE claim_signatures (
            claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
            fingerprint TEXT NOT NULL,
            language TEXT NOT NULL,
            signature TEXT NOT NULL,
            linked INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE glossary_terms (
            concept TEXT NOT NULL,
            language TEXT NOT NULL,
            term TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (language, term)
        );
        """
    )


@migrations()
def m006_verdicts(db: Database) -> None:
    """Verdicts on claim clusters with their sources and revisions, the rating scale,
    which claims each verdict covers (derived from links, rebuilt by reconciling), the
    search index of the review queue (derived), and the append-only audit log whose
    entries are chained by hash."""
    db.executescript(
        """
        CREATE TABLE ratings (
            label TEXT PRIMARY KEY,
            value REAL NOT NULL,
            position INTEGER NOT NULL,
            retired INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO ratings (label, value, position) VALUES
            ('True', 5, 1), ('Mostly true', 4, 2), ('Mixed', 3, 3), ('Mostly false', 2, 4),
            ('False', 1, 5), ('Misleading', 2, 6), ('Unverifiable', 0, 7);

        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY,
            anchor_claim INTEGER NOT NULL REFERENCES claims(id),
            state TEXT NOT NULL
                CHECK (state IN ('draft', 'submitted', 'approved', 'returned', 'published', 'merged')),
            rating TEXT NOT NULL REFERENCES ratings(label),
            summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
            rationale TEXT NOT NULL DEFAULT '',
            checker TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            submitted_at TEXT,
            reviewed_by TEXT,
            reviewed_at TEXT,
            approved_by TEXT,
            approved_at TEXT,
            published_by TEXT,
            published_at TEXT,
            comment TEXT NOT NULL DEFAULT '',
            merged_into INTEGER REFERENCES verdicts(id),
            cluster_size INTEGER NOT NULL DEFAULT 1,
            languages TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX verdicts_queue ON verdicts(state, submitted_at);
        CREATE INDEX verdicts_queue_updated ON verdicts(state, updated_at);
        CREATE INDEX verdicts_queue_checker ON verdicts(state, checker, submitted_at);
        CREATE INDEX verdicts_queue_rating ON verdicts(state, rating, submitted_at);
        CREATE INDEX verdicts_queue_cluster ON verdicts(state, cluster_size DESC, submitted_at);
        CREATE INDEX verdicts_anchor ON verdicts(anchor_claim);
        CREATE VIRTUAL TABLE verdicts_fts USING fts5(body, tokenize='unicode61 remove_diacritics 2');

        CREATE TABLE verdict_sources (
            id INTEGER PRIMARY KEY,
            verdict_id INTEGER NOT NULL REFERENCES verdicts(id),
            position INTEGER NOT NULL,
            url TEXT,
            article_id INTEGER REFERENCES articles(id),
            title TEXT NOT NULL DEFAULT '',
            publisher TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            archive_url TEXT NOT NULL DEFAULT '',
            passage TEXT NOT NULL DEFAULT '',
            stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts')),
            CHECK (url IS NOT NULL OR article_id IS NOT NULL)
        );
        CREATE INDEX verdict_sources_verdict ON verdict_sources(verdict_id, position);

        CREATE TABLE verdict_revisions (
            verdict_id INTEGER NOT NULL REFERENCES verdicts(id),
            revision INTEGER NOT NULL,
            action TEXT NOT NULL,
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            state TEXT NOT NULL,
            rating TEXT NOT NULL,
            summary TEXT NOT NULL,
            rationale TEXT NOT NULL,
            checker TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            sources TEXT NOT NULL,
            PRIMARY KEY (verdict_id, revision)
        ) WITHOUT ROWID;
        CREATE TRIGGER verdict_revisions_no_update BEFORE UPDATE ON verdict_revisions
        BEGIN SELECT RAISE(ABORT, 'a verdict revision is never changed: make a new revision'); END;
        CREATE TRIGGER verdict_revisions_no_delete BEFORE DELETE ON verdict_revisions
        BEGIN SELECT RAISE(ABORT, 'a verdict revision is never deleted'); END;

        CREATE TABLE verdict_claims (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            verdict_id INTEGER NOT NULL REFERENCES verdicts(id),
            PRIMARY KEY (claim_id, verdict_id)
        ) WITHOUT ROWID;
        CREATE INDEX verdict_claims_verdict ON verdict_claims(verdict_id);

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE
        );
        CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


@migrations()
def m007_settings(db: Database) -> None:
    """The desk's settings kept with its data (the organisation that publishes), with who changed them."""
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        """
    )


@migrations()
def m008_claim_language(db: Database) -> None:
    """Each claim's language (derived: that of the paragraph it starts in, else its article's),
    kept on the claim so that reading many claims (an export) needs no paragraph lookup per
    claim. Triggers keep it current when a claim is marked or moved and when an article's
    paragraphs are derived again, whichever code writes them."""
    language = """coalesce((SELECT p.language FROM paragraphs p WHERE p.article_id = {claim}.article_id
                               AND p.start <= {claim}.start AND p."end" > {claim}.start
                               ORDER BY p.start DESC LIMIT 1),
                              (SELECT a.language FROM articles a WHERE a.id = {claim}.article_id))"""
    db.executescript(
        f"""
        ALTER TABLE claims ADD COLUMN language TEXT NOT NULL DEFAULT '';
        UPDATE claims SET language = {language.format(claim="claims")};
        CREATE TRIGGER claims_language_marked AFTER INSERT ON claims
        BEGIN UPDATE claims SET language = {language.format(claim="NEW")} WHERE id = NEW.id; END;
        CREATE TRIGGER claims_language_moved AFTER UPDATE OF article_id, start ON claims
        BEGIN UPDATE claims SET language = {language.format(claim="NEW")} WHERE id = NEW.id; END;
        CREATE TRIGGER claims_language_paragraph AFTER INSERT ON paragraphs
        BEGIN
            UPDATE claims SET language = NEW.language
            WHERE article_id = NEW.article_id AND start >= NEW.start AND start < NEW."end";
        END;
        """
    )


@migrations()
def m009_audit_head(db: Database) -> None:
    """The audit log's head (its last entry's id and hash, and how many entries it holds),
    kept by the database on every append. Removing the newest entries leaves the chain
    itself whole; the head no longer matches it, and ``workbench check`` says so."""
    db.executescript(
        """
        CREATE TABLE audit_head (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            last_id INTEGER NOT NULL,
            hash TEXT NOT NULL,
            entries INTEGER NOT NULL
        );
        INSERT INTO audit_head (one, last_id, hash, entries)
            SELECT 1, coalesce(max(id), 0),
                   coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), ''), count(*)
            FROM audit_log;
        CREATE TRIGGER audit_head_follows AFTER INSERT ON audit_log
        BEGIN
            UPDATE audit_head SET last_id = NEW.id, hash = NEW.hash, entries = entries + 1;
        END;
        """
    )



def _mark_stale(ids: str) -> str:
    """A trigger statement marking the verdicts ``ids`` selects (a column named id) for
    export_rows to compose again: without a conflict clause, which a statement's own
    (INSERT OR REPLACE, say) would override inside the trigger."""
    return (f"INSERT INTO export_stale SELECT DISTINCT m.id FROM ({ids}) m WHERE m.id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM export_stale s WHERE s.verdict_id = m.id);")


_BY_CLAIM = ("SELECT verdict_id AS id FROM verdict_claims WHERE claim_id = {c}.id "
             "UNION ALL SELECT id FROM verdicts WHERE anchor_claim = {c}.id")
_BY_ARTICLE = ("SELECT vc.verdict_id AS id FROM verdict_claims vc JOIN claims c ON c.id = vc.claim_id "
               "WHERE c.article_id = {a}.id UNION ALL SELECT verdict_id FROM verdict_sources WHERE article_id = {a}.id")
_BY_RATING = "SELECT id FROM verdicts WHERE rating = {r}.label"
EXPORT_STALE_TRIGGERS = {  # name: (event, the verdicts it marks)
    "verdicts_insert": ("AFTER INSERT ON verdicts", "SELECT NEW.id AS id"),
    "verdicts_update": ("AFTER UPDATE ON verdicts", "SELECT NEW.id AS id UNION ALL SELECT OLD.id"),
    "verdicts_delete": ("AFTER DELETE ON verdicts", "SELECT OLD.id AS id"),
    **{f"{table}_{event.lower()}": (f"AFTER {event} ON {table}", ids)
       for table in ("verdict_claims", "verdict_sources")
       for event, ids in (("INSERT", "SELECT NEW.verdict_id AS id"),
                          ("UPDATE", "SELECT NEW.verdict_id AS id UNION ALL SELECT OLD.verdict_id"),
                          ("DELETE", "SELECT OLD.verdict_id AS id"))},
    "claims_update": ("AFTER UPDATE OF quote, statement, tags, language, article_id ON claims",
                      _BY_CLAIM.format(c="NEW") + " UNION ALL " + _BY_CLAIM.format(c="OLD")),
    "claims_delete": ("BEFORE DELETE ON claims", _BY_CLAIM.format(c="OLD")),
    "articles_update": ("AFTER UPDATE OF title, publisher, published, url ON articles", _BY_ARTICLE.format(a="NEW")),
    "articles_delete": ("BEFORE DELETE ON articles", _BY_ARTICLE.format(a="OLD")),
    "ratings_insert": ("AFTER INSERT ON ratings", _BY_RATING.format(r="NEW")),
    "ratings_update": ("AFTER UPDATE ON ratings", _BY_RATING.format(r="NEW") + " UNION ALL " + _BY_RATING.format(r="OLD")),
    "ratings_delete": ("AFTER DELETE ON ratings", _BY_RATING.format(r="OLD")),
}


@migrations()
def m010_export_rows(db: Database) -> None:
    """The CSV rows of published and approved verdicts, kept ready for export (derived:
    ``workbench.publish.export_rows`` composes them). The triggers of EXPORT_STALE_TRIGGERS mark a verdict stale whenever
    something its row shows changes, in the same transaction, whichever code writes it: the
    verdict, the claims it covers (and their articles), its sources, its rating's value. The
    export composes the stale rows again before it reads any, so it never reads a stale one."""
    db.executescript(
        """
        CREATE TABLE export_rows (
            verdict_id INTEGER PRIMARY KEY,
            state TEXT NOT NULL,
            stamp TEXT,
            languages TEXT NOT NULL,
            rating TEXT NOT NULL,
            cells TEXT NOT NULL
        );
        CREATE INDEX export_rows_order ON export_rows(stamp, verdict_id);
        CREATE TABLE export_stale (verdict_id INTEGER PRIMARY KEY);
        CREATE TABLE export_format (
            one INTEGER PRIMARY KEY CHECK (one = 1),
            signature TEXT NOT NULL
        );
        INSERT INTO export_stale SELECT id FROM verdicts WHERE state IN ('published', 'approved');
        """
        + "\n".join(f"CREATE TRIGGER export_stale_{name} {event} BEGIN {_mark_stale(ids)} END;"
                    for name, (event, ids) in EXPORT_STALE_TRIGGERS.items())
    )


# A verdict's languages: those of the claims it covers, in order, joined by commas ("ar,he").
VERDICT_LANGUAGES = """(SELECT coalesce(group_concat(language, ','), '') FROM (
    SELECT DISTINCT lc.language FROM verdict_claims lvc JOIN claims lc ON lc.id = lvc.claim_id
    WHERE lvc.verdict_id = {verdict} ORDER BY lc.language))"""


@migrations()
def m011_verdict_languages(db: Database) -> None:
    """A verdict's languages follow its claims': a claim moved to a paragraph in another
    language, or whose article's paragraphs were derived again, changed its language and
    left the verdict's (the queue's and the export's filter, the CSV's languages column)
    as they were. Computed again for every verdict here, kept by a trigger since."""
    db.executescript(
        f"""
        UPDATE verdicts SET languages = {VERDICT_LANGUAGES.format(verdict="verdicts.id")}
        WHERE id IN (SELECT verdict_id FROM verdict_claims);
        CREATE TRIGGER verdict_languages_follow_claims AFTER UPDATE OF language ON claims
        WHEN OLD.language IS NOT NEW.language
        BEGIN
            UPDATE verdicts SET languages = {VERDICT_LANGUAGES.format(verdict="verdicts.id")}
            WHERE id IN (SELECT verdict_id FROM verdict_claims WHERE claim_id = NEW.id);
        END;
        """
    )


@migrations()
def m012_claim_ids(db: Database) -> None:
    """Claim numbers are never given twice: SQLite gives a new row the highest id plus one,
    so a claim marked after the newest was deleted took its number, and the audit log's
    entries for that number told of two claims (and the deleted one could not be restored).
    ``claim_ids`` keeps the highest number ever given, from the claims and the log."""
    db.executescript(
        """
        CREATE TABLE claim_ids (one INTEGER PRIMARY KEY CHECK (one = 1), last INTEGER NOT NULL);
        INSERT INTO claim_ids VALUES (1, max(
            coalesce((SELECT max(id) FROM claims), 0),
            coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log WHERE entity = 'claim'), 0)));
        CREATE TRIGGER claim_ids_follow AFTER INSERT ON claims WHEN NEW.id > (SELECT last FROM claim_ids)
        BEGIN UPDATE claim_ids SET last = NEW.id; END;
        """
    )


SCHEMA_VERSION = len(migrations.pending(Database(memory=True)))
