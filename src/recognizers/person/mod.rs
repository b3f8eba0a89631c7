//! Person names. A name is reported when something says it is one: a label (`Name:`,
//! `Patient:`, `姓名：`, `氏名：`, `이름:`), a greeting (`Hi Sarah,`, `Dear Mr. Smith`), a title
//! (`Dr.`, `Frau`, `Mme`, `Sig.ra`), a signature under a closing (`Best regards,`), a
//! self-introduction (`my name is`, `我叫`), an honorific suffix (`先生`, `様`, `님`), a
//! name column of a CSV or Markdown table, or a Chinese verb that takes a person. Without
//! such a cue, a capitalised pair of a listed given name and a listed surname is reported
//! at balanced, and a listed given name followed by any capitalised word at strict.
//!
//! Spans cover the name only, never the title or honorific.

mod names;
pub(crate) mod table;

use super::{Candidate, Hit, Recognizer, Trigger};
use crate::context::Input;
use crate::finding::Category;
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;
use table::Headers;

/// What kind of evidence a cue gives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Cue {
    /// A field label that names a person (`Patient:`, `姓名：`).
    Label,
    /// A field label that often, not always, holds a person (`Name:`, `From:`, `To:`).
    WeakLabel,
    /// A greeting at the start of a line (`Hi`, `Dear`, `Bonjour`).
    Greeting,
    /// A title before a name (`Mr.`, `Dr.`, `Frau`).
    Title,
    /// A closing line under which a signature follows (`Best regards,`).
    Closing,
    /// An unambiguous self-introduction (`my name is`).
    Intro,
    /// A self-introduction that needs a listed given name (`I'm`, `this is`).
    WeakIntro,
    /// An honorific after a CJK name (`先生`, `様`, `님`).
    Suffix,
    /// A Chinese verb that takes a person as object (`回复`, `告诉`).
    CnVerb,
    /// A Chinese verb after which a person is followed by an action word (`需要…在`).
    CnVerbAction,
    /// A phrase after which a person follows without a separator (`my son`, `ship to`).
    Relation,
}

/// Cue literals (ASCII ones lower-case) and their kind.
const CUES: &[(&str, Cue)] = &[
    ("name", Cue::WeakLabel),
    ("full name", Cue::Label),
    ("full_name", Cue::Label),
    ("fullname", Cue::Label),
    ("first name", Cue::Label),
    ("first_name", Cue::Label),
    ("given name", Cue::Label),
    ("last name", Cue::Label),
    ("last_name", Cue::Label),
    ("surname", Cue::Label),
    ("customer", Cue::Label),
    ("customer name", Cue::Label),
    ("customer_name", Cue::Label),
    ("client", Cue::Label),
    ("client name", Cue::Label),
    ("patient", Cue::Label),
    ("patient name", Cue::Label),
    ("beneficiary", Cue::Label),
    ("beneficiary name", Cue::Label),
    ("account holder", Cue::Label),
    ("account name", Cue::Label),
    ("cardholder", Cue::Label),
    ("card holder", Cue::Label),
    ("holder", Cue::WeakLabel),
    ("emergency contact", Cue::Label),
    ("contact person", Cue::Label),
    ("contact", Cue::WeakLabel),
    ("employee", Cue::Label),
    ("employee name", Cue::Label),
    ("applicant", Cue::Label),
    ("candidate", Cue::Label),
    ("recipient", Cue::Label),
    ("sender", Cue::Label),
    ("attn", Cue::Label),
    ("attention", Cue::WeakLabel),
    ("passenger", Cue::Label),
    ("guest", Cue::Label),
    ("tenant", Cue::Label),
    ("insured", Cue::Label),
    ("policyholder", Cue::Label),
    ("signed", Cue::Label),
    ("signature", Cue::Label),
    ("prepared by", Cue::Label),
    ("requested by", Cue::Label),
    ("reported by", Cue::Label),
    ("assignee", Cue::WeakLabel),
    ("assigned to", Cue::Label),
    ("managed by", Cue::Label),
    ("written by", Cue::Label),
    ("approved by", Cue::Label),
    ("reporter", Cue::WeakLabel),
    ("owner", Cue::WeakLabel),
    ("author", Cue::WeakLabel),
    ("from:", Cue::WeakLabel),
    ("to:", Cue::WeakLabel),
    ("cc:", Cue::WeakLabel),
    ("nom", Cue::Label),
    ("prénom", Cue::Label),
    ("nom complet", Cue::Label),
    ("titulaire", Cue::Label),
    ("destinataire", Cue::Label),
    ("bénéficiaire", Cue::Label),
    ("nombre", Cue::Label),
    ("attendees", Cue::Label),
    ("attendee", Cue::Label),
    ("participants", Cue::Label),
    ("present", Cue::WeakLabel),
    ("aanwezig", Cue::Label),
    ("aanwezigen", Cue::Label),
    ("teilnehmer", Cue::Label),
    ("teilnehmende", Cue::Label),
    ("anwesend", Cue::Label),
    ("participantes", Cue::Label),
    ("partecipanti", Cue::Label),
    ("présents", Cue::Label),
    ("participants présents", Cue::Label),
    ("antragsteller", Cue::Label),
    ("antragstellerin", Cue::Label),
    ("referente", Cue::Label),
    ("cliente", Cue::Label),
    ("kundin", Cue::Label),
    ("reviewed by", Cue::Label),
    ("interviewed by", Cue::Label),
    ("submitted by", Cue::Label),
    ("created by", Cue::Label),
    ("organizer", Cue::Label),
    ("organiser", Cue::Label),
    ("interviewer", Cue::Label),
    ("requester", Cue::Label),
    ("destinatário", Cue::Label),
    ("reviewer", Cue::WeakLabel),
    ("approver", Cue::WeakLabel),
    ("oncall", Cue::WeakLabel),
    ("on-call", Cue::WeakLabel),
    ("manager", Cue::WeakLabel),
    ("family name", Cue::Label),
    ("family_name", Cue::Label),
    ("familyname", Cue::Label),
    ("lastname", Cue::Label),
    ("firstname", Cue::Label),
    ("givenname", Cue::Label),
    ("given_name", Cue::Label),
    ("display name", Cue::Label),
    ("display_name", Cue::Label),
    ("displayname", Cue::Label),
    ("customername", Cue::Label),
    ("clientname", Cue::Label),
    ("contactname", Cue::Label),
    ("employeename", Cue::Label),
    ("patientname", Cue::Label),
    ("参会人员", Cue::Label),
    ("参会人", Cue::Label),
    ("与会人员", Cue::Label),
    ("出席者", Cue::Label),
    ("参加者", Cue::Label),
    ("참석자", Cue::Label),
    ("my son", Cue::Relation),
    ("my daughter", Cue::Relation),
    ("my wife", Cue::Relation),
    ("my husband", Cue::Relation),
    ("my partner", Cue::Relation),
    ("my mother", Cue::Relation),
    ("my father", Cue::Relation),
    ("my mom", Cue::Relation),
    ("my mum", Cue::Relation),
    ("my dad", Cue::Relation),
    ("my brother", Cue::Relation),
    ("my sister", Cue::Relation),
    ("my grandmother", Cue::Relation),
    ("my grandfather", Cue::Relation),
    ("my grandma", Cue::Relation),
    ("my grandpa", Cue::Relation),
    ("my aunt", Cue::Relation),
    ("my uncle", Cue::Relation),
    ("my cousin", Cue::Relation),
    ("my boss", Cue::Relation),
    ("my manager", Cue::Relation),
    ("my colleague", Cue::Relation),
    ("my coworker", Cue::Relation),
    ("my co-worker", Cue::Relation),
    ("my friend", Cue::Relation),
    ("my landlord", Cue::Relation),
    ("my landlady", Cue::Relation),
    ("my neighbour", Cue::Relation),
    ("my neighbor", Cue::Relation),
    ("my tenant", Cue::Relation),
    ("my client", Cue::Relation),
    ("my employee", Cue::Relation),
    ("former employee", Cue::Relation),
    ("our client", Cue::Relation),
    ("ship to", Cue::Relation),
    ("deliver to", Cue::Relation),
    ("send to", Cue::Relation),
    ("bill to", Cue::Relation),
    ("invoice to", Cue::Relation),
    ("c/o", Cue::Relation),
    ("a nombre de", Cue::Relation),
    ("z. hd.", Cue::Relation),
    ("nombre completo", Cue::Label),
    ("apellidos", Cue::Label),
    ("titular", Cue::Label),
    ("destinatario", Cue::Label),
    ("nome", Cue::Label),
    ("cognome", Cue::Label),
    ("nome completo", Cue::Label),
    ("intestatario", Cue::Label),
    ("naam", Cue::Label),
    ("volledige naam", Cue::Label),
    ("achternaam", Cue::Label),
    ("voornaam", Cue::Label),
    ("begunstigde", Cue::Label),
    ("vorname", Cue::Label),
    ("nachname", Cue::Label),
    ("kunde", Cue::Label),
    ("empfänger", Cue::Label),
    ("kontoinhaber", Cue::Label),
    ("ansprechpartner", Cue::Label),
    ("姓名", Cue::Label),
    ("名字", Cue::Label),
    ("联系人", Cue::Label),
    ("收件人", Cue::Label),
    ("收货人", Cue::Label),
    ("负责人", Cue::Label),
    ("申请人", Cue::Label),
    ("持卡人", Cue::Label),
    ("户名", Cue::Label),
    ("客户", Cue::Label),
    ("患者", Cue::Label),
    ("氏名", Cue::Label),
    ("名前", Cue::Label),
    ("担当者", Cue::Label),
    ("이름", Cue::Label),
    ("성명", Cue::Label),
    ("담당자", Cue::Label),
    ("नाम", Cue::Label),
    ("hi", Cue::Greeting),
    ("hello", Cue::Greeting),
    ("hey", Cue::Greeting),
    ("dear", Cue::Greeting),
    ("good morning", Cue::Greeting),
    ("good afternoon", Cue::Greeting),
    ("hallo", Cue::Greeting),
    ("liebe", Cue::Greeting),
    ("lieber", Cue::Greeting),
    ("sehr geehrte", Cue::Greeting),
    ("sehr geehrter", Cue::Greeting),
    ("bonjour", Cue::Greeting),
    ("cher", Cue::Greeting),
    ("chère", Cue::Greeting),
    ("hola", Cue::Greeting),
    ("estimado", Cue::Greeting),
    ("estimada", Cue::Greeting),
    ("querido", Cue::Greeting),
    ("querida", Cue::Greeting),
    ("ciao", Cue::Greeting),
    ("caro", Cue::Greeting),
    ("cara", Cue::Greeting),
    ("gentile", Cue::Greeting),
    ("buongiorno", Cue::Greeting),
    ("beste", Cue::Greeting),
    ("geachte", Cue::Greeting),
    ("olá", Cue::Greeting),
    ("prezado", Cue::Greeting),
    ("prezada", Cue::Greeting),
    ("尊敬的", Cue::Greeting),
    ("亲爱的", Cue::Greeting),
    ("mr.", Cue::Title),
    ("mrs.", Cue::Title),
    ("ms.", Cue::Title),
    ("mx.", Cue::Title),
    ("dr.", Cue::Title),
    ("prof.", Cue::Title),
    ("mr ", Cue::Title),
    ("mrs ", Cue::Title),
    ("ms ", Cue::Title),
    ("miss ", Cue::Title),
    ("dr ", Cue::Title),
    ("prof ", Cue::Title),
    ("herr ", Cue::Title),
    ("frau ", Cue::Title),
    ("mme ", Cue::Title),
    ("mlle ", Cue::Title),
    ("m.", Cue::Title),
    ("sr.", Cue::Title),
    ("sra.", Cue::Title),
    ("srta.", Cue::Title),
    ("sig.", Cue::Title),
    ("sig.ra", Cue::Title),
    ("dott.", Cue::Title),
    ("dott.ssa", Cue::Title),
    ("dhr.", Cue::Title),
    ("mevr.", Cue::Title),
    ("best regards", Cue::Closing),
    ("kind regards", Cue::Closing),
    ("warm regards", Cue::Closing),
    ("regards", Cue::Closing),
    ("best wishes", Cue::Closing),
    ("best,", Cue::Closing),
    ("thanks", Cue::Closing),
    ("thank you", Cue::Closing),
    ("many thanks", Cue::Closing),
    ("cheers", Cue::Closing),
    ("thanks in advance", Cue::Closing),
    ("thanks again", Cue::Closing),
    ("-- ", Cue::Closing),
    ("grazie", Cue::Closing),
    ("a presto", Cue::Closing),
    ("à bientôt", Cue::Closing),
    ("À bientôt", Cue::Closing),
    ("bis bald", Cue::Closing),
    ("tot ziens", Cue::Closing),
    ("sincerely", Cue::Closing),
    ("yours sincerely", Cue::Closing),
    ("yours truly", Cue::Closing),
    ("yours faithfully", Cue::Closing),
    ("mit freundlichen grüßen", Cue::Closing),
    ("mit freundlichen grüssen", Cue::Closing),
    ("freundliche grüße", Cue::Closing),
    ("viele grüße", Cue::Closing),
    ("beste grüße", Cue::Closing),
    ("liebe grüße", Cue::Closing),
    ("cordialement", Cue::Closing),
    ("bien cordialement", Cue::Closing),
    ("bien à vous", Cue::Closing),
    ("salutations", Cue::Closing),
    ("atentamente", Cue::Closing),
    ("saludos", Cue::Closing),
    ("un saludo", Cue::Closing),
    ("cordiali saluti", Cue::Closing),
    ("distinti saluti", Cue::Closing),
    ("saluti", Cue::Closing),
    ("met vriendelijke groet", Cue::Closing),
    ("met vriendelijke groeten", Cue::Closing),
    ("groeten", Cue::Closing),
    ("atenciosamente", Cue::Closing),
    ("cumprimentos", Cue::Closing),
    ("abraços", Cue::Closing),
    ("此致", Cue::Closing),
    ("敬礼", Cue::Closing),
    ("祝好", Cue::Closing),
    ("よろしくお願いします", Cue::Closing),
    ("よろしくお願いいたします", Cue::Closing),
    ("감사합니다", Cue::Closing),
    ("my name is", Cue::Intro),
    ("my name's", Cue::Intro),
    ("je m'appelle", Cue::Intro),
    ("mon nom est", Cue::Intro),
    ("me llamo", Cue::Intro),
    ("mi nombre es", Cue::Intro),
    ("mi chiamo", Cue::Intro),
    ("il mio nome è", Cue::Intro),
    ("ich heiße", Cue::Intro),
    ("ich heisse", Cue::Intro),
    ("mein name ist", Cue::Intro),
    ("mijn naam is", Cue::Intro),
    ("ik heet", Cue::Intro),
    ("meu nome é", Cue::Intro),
    ("me chamo", Cue::Intro),
    ("我叫", Cue::Intro),
    ("我的名字是", Cue::Intro),
    ("本人", Cue::Intro),
    ("제 이름은", Cue::Intro),
    ("i am", Cue::WeakIntro),
    ("i'm", Cue::WeakIntro),
    ("this is", Cue::WeakIntro),
    ("ich bin", Cue::WeakIntro),
    ("je suis", Cue::WeakIntro),
    ("ik ben", Cue::WeakIntro),
    ("sono", Cue::WeakIntro),
    ("soy", Cue::WeakIntro),
    ("eu sou", Cue::WeakIntro),
    ("我是", Cue::WeakIntro),
    ("先生", Cue::Suffix),
    ("女士", Cue::Suffix),
    ("小姐", Cue::Suffix),
    ("老师", Cue::Suffix),
    ("经理", Cue::Suffix),
    ("様", Cue::Suffix),
    ("さん", Cue::Suffix),
    ("さま", Cue::Suffix),
    ("殿", Cue::Suffix),
    ("씨", Cue::Suffix),
    ("님", Cue::Suffix),
    ("드림", Cue::Suffix),
    ("입니다", Cue::Suffix),
    (",你好", Cue::Suffix),
    (",您好", Cue::Suffix),
    ("回复", Cue::CnVerb),
    ("告诉", Cue::CnVerb),
    ("通知", Cue::CnVerb),
    ("转告", Cue::CnVerb),
    ("抄送", Cue::CnVerb),
    ("拜访", Cue::CnVerb),
    ("感谢", Cue::CnVerb),
    ("提醒", Cue::CnVerb),
    ("邀请", Cue::CnVerb),
    ("发给", Cue::CnVerb),
    ("交给", Cue::CnVerb),
    ("需要", Cue::CnVerbAction),
    ("联系", Cue::CnVerbAction),
];

/// Table column names that hold a person's name, and whether the column is a given name.
const NAME_COLUMNS: &[(&str, bool)] = &[
    ("name", false),
    ("fullname", false),
    ("displayname", false),
    ("customer", false),
    ("customername", false),
    ("client", false),
    ("clientname", false),
    ("contact", false),
    ("contactname", false),
    ("employee", false),
    ("employeename", false),
    ("patient", false),
    ("patientname", false),
    ("person", false),
    ("holder", false),
    ("beneficiary", false),
    ("owner", false),
    ("assignee", false),
    ("reviewer", false),
    ("tenant", false),
    ("recipient", false),
    ("firstname", true),
    ("givenname", true),
    ("lastname", true),
    ("familyname", true),
    ("surname", true),
    ("vorname", true),
    ("nachname", true),
    ("prénom", true),
    ("voornaam", true),
    ("achternaam", true),
    ("cognome", true),
    ("apellidos", true),
    ("nom", false),
    ("nombre", false),
    ("nome", false),
    ("naam", false),
    ("姓名", false),
    ("氏名", false),
    ("名前", false),
    ("이름", false),
    ("नाम", false),
];

/// The name lists, parsed once.
struct Lists {
    given: HashSet<&'static str>,
    surnames: HashSet<&'static str>,
    not_names: HashSet<&'static str>,
    cn_surnames: HashSet<char>,
    kr_surnames: HashSet<char>,
}

/// The shared name lists.
fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        given: names::GIVEN.split_whitespace().collect(),
        surnames: names::SURNAMES.split_whitespace().collect(),
        not_names: names::NOT_NAMES.split_whitespace().collect(),
        cn_surnames: names::CN_SURNAMES.chars().collect(),
        kr_surnames: names::KR_SURNAMES.chars().collect(),
    })
}

/// Whether a character is a Han ideograph (or the iteration mark `々`).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々')
}

/// Whether a character is Japanese kana.
fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | 'ー')
}

/// Whether a character is a Hangul syllable.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// Whether a character is Devanagari.
fn is_devanagari(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{097F}')
}

/// A name found at some position.
#[derive(Debug, Clone, Copy)]
struct Name {
    start: usize,
    end: usize,
    /// Words of a Latin or Devanagari name; characters count as one word for CJK.
    words: usize,
    /// Whether the first word is a listed given name.
    given: bool,
    /// Whether the last word is a listed surname (or a CJK surname leads the name).
    surname: bool,
    /// Whether the name is in a CJK or Devanagari script.
    cjk: bool,
}

impl Name {
    fn kind(&self) -> &'static str {
        if self.words >= 2 || self.cjk {
            "full_name"
        } else {
            "given_name"
        }
    }
}

/// Parses a capitalised Latin-script word at `at`; returns its end.
fn latin_word(text: &str, at: usize) -> Option<usize> {
    let mut chars = text.get(at..)?.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_uppercase() || !first.is_alphabetic() || is_cjk_like(first) {
        return None;
    }
    let mut end = at + first.len_utf8();
    let mut letters = 1;
    let mut lower = false;
    let rest = &text[end..];
    let mut it = rest.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_alphabetic() && !is_cjk_like(c) {
            lower |= c.is_lowercase();
            letters += 1;
            end = at + first.len_utf8() + i + c.len_utf8();
        } else if matches!(c, '\'' | '’' | '-')
            && it
                .peek()
                .is_some_and(|&(_, n)| n.is_alphabetic() && !is_cjk_like(n))
        {
            continue;
        } else {
            break;
        }
        if letters > 24 {
            return None;
        }
    }
    if !lower {
        // An initial such as `J.`; otherwise an all-caps word is not a name here.
        return (letters == 1 && text.as_bytes().get(end) == Some(&b'.')).then_some(end + 1);
    }
    Some(end)
}

/// Whether a character belongs to a script handled by the CJK/Devanagari parsers.
fn is_cjk_like(c: char) -> bool {
    is_han(c) || is_kana(c) || is_hangul(c) || is_devanagari(c)
}

/// Parses a Latin-script name at `at`: up to four capitalised words separated by single
/// spaces, with lower-case particles (`van`, `de`, `da`) between them. Words on the
/// not-a-name list end the name.
fn latin_name(text: &str, at: usize) -> Option<Name> {
    let lists = lists();
    let mut words = 0;
    let mut end = at;
    let mut first = "";
    let mut last = "";
    let mut cursor = at;
    while let Some(word_end) = latin_word(text, cursor) {
        let word = &text[cursor..word_end];
        if lists.not_names.contains(word.trim_end_matches('.')) {
            break;
        }
        // `Nom : Durand Prénom : Claire`: a word before a colon is the next label.
        let rest = &text[word_end..];
        if words > 0 && (rest.starts_with(':') || rest.starts_with(" :")) {
            break;
        }
        if words == 0 {
            first = word;
        }
        last = word;
        words += 1;
        end = word_end;
        if words == 4 || text.as_bytes().get(end) != Some(&b' ') {
            break;
        }
        cursor = end + 1;
        // Lower-case particles between capitalised words.
        for _ in 0..2 {
            let particle = names::PARTICLES.iter().find(|p| {
                text.get(cursor..cursor + p.len()) == Some(p)
                    && text.as_bytes().get(cursor + p.len()) == Some(&b' ')
            });
            match particle {
                Some(p) => cursor += p.len() + 1,
                None => break,
            }
        }
    }
    (words > 0).then(|| Name {
        start: at,
        end,
        words,
        given: lists.given.contains(first),
        surname: words >= 2 && lists.surnames.contains(last),
        cjk: false,
    })
}

/// Parses a CJK name at `at`: 2–4 Han or kana characters (a Japanese name may have five
/// and hold one space: `木村 陽一`), 2–4 Hangul syllables, or one to three Devanagari words. The name
/// must end where the script ends.
fn cjk_name(text: &str, at: usize) -> Option<Name> {
    let rest = text.get(at..)?;
    let first = rest.chars().next()?;
    let lists = lists();
    if is_han(first) {
        let mut count = 0;
        let mut end = at;
        let mut spaced = false;
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_han(c) || is_kana(c) {
                count += 1;
                end = at + i + c.len_utf8();
            } else if c == ' '
                && !spaced
                && count <= 3
                && chars.peek().is_some_and(|&(_, n)| is_han(n))
            {
                spaced = true;
            } else {
                break;
            }
            if count > 5 {
                return None;
            }
        }
        let head: String = rest.chars().take(3).collect();
        let jp_surname = names::JP_SURNAMES.iter().any(|s| head.starts_with(s));
        let surname = lists.cn_surnames.contains(&first) || jp_surname;
        // Five characters only for a Japanese name (`山本美加子`, `田中 聡太郎`).
        let long_ok = count <= 4 || spaced || jp_surname;
        return (count >= 2 && long_ok).then_some(Name {
            start: at,
            end,
            words: count,
            given: false,
            surname,
            cjk: true,
        });
    }
    if is_hangul(first) {
        let count = rest.chars().take_while(|&c| is_hangul(c)).count();
        let end = at + count * 3;
        return ((2..=4).contains(&count)).then_some(Name {
            start: at,
            end,
            words: count,
            given: false,
            surname: lists.kr_surnames.contains(&first),
            cjk: true,
        });
    }
    if is_devanagari(first) {
        let mut end = at;
        let mut words = 0;
        let mut cursor = at;
        while words < 3 {
            let word_len: usize = text[cursor..]
                .chars()
                .take_while(|&c| is_devanagari(c))
                .map(char::len_utf8)
                .sum();
            if word_len == 0 {
                break;
            }
            words += 1;
            end = cursor + word_len;
            if text.as_bytes().get(end) != Some(&b' ') {
                break;
            }
            cursor = end + 1;
        }
        return (words >= 1).then_some(Name {
            start: at,
            end,
            words: words.max(2),
            given: false,
            surname: true,
            cjk: true,
        });
    }
    None
}

/// Parses a name of any script at `at`.
fn any_name(text: &str, at: usize) -> Option<Name> {
    cjk_name(text, at).or_else(|| latin_name(text, at))
}

/// Whether a field value ends at `end`: end of text or line, or punctuation that closes a
/// field (`,`, `;`, `<`, `(`, `"`, `|`, `/`, `)`, a sentence-final `.`).
fn ends_field(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let Some(c) = rest.chars().next() else {
        return true;
    };
    if matches!(
        c,
        '\n' | '\r' | '\t' | ',' | ';' | '<' | '(' | '"' | '|' | '/' | ')' | '!'
    ) || matches!(c, ']' | '}' | '、' | '。' | '【' | '[')
    {
        return true;
    }
    if c == '.' {
        return !rest[1..]
            .chars()
            .next()
            .is_some_and(|n| !n.is_whitespace() && n != '"');
    }
    if c == ' ' {
        let after = rest.trim_start_matches(' ');
        // `Nom : Durand Prénom : Claire`: another label follows on the line.
        let next_label = after.find(':').is_some_and(|i| {
            i <= 24
                && after[..i]
                    .trim_end()
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ')
        });
        return after.is_empty()
            || next_label
            || rest.starts_with("  ")
            || after.starts_with(['<', '(', '|', '-', '\n', '\r', '/'])
            || after.starts_with("- ");
    }
    false
}

/// Whether `at` starts a line (only spaces, `>` quoting or `"` before it on its line).
fn starts_line(text: &str, at: usize) -> bool {
    let (from, _) = table::line_around(text, at, at, 25);
    let line = &text[from..at];
    (from == 0 || text.as_bytes()[from - 1] == b'\n')
        && line.len() <= 24
        && line
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '>' | '"' | '*' | '-'))
}

/// Skips a label's separator (`:`, `=`, quotes, spaces); `None` without a `:` or `=`.
fn after_separator(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let skipped = rest.len()
        - rest
            .trim_start_matches([' ', '\t', ':', '=', '"', '\'', '*'])
            .len();
    let sep = &rest[..skipped];
    let in_label = text[..at].ends_with(':');
    (skipped <= 8 && (in_label || sep.contains(':') || sep.contains('='))).then_some(at + skipped)
}

/// Parses a name after a title, where it may open with a particle (`Dhr. de Vries`).
fn name_after_title(text: &str, at: usize) -> Option<Name> {
    if let Some(p) = names::PARTICLES.iter().find(|p| {
        text.get(at..at + p.len()) == Some(p) && text.as_bytes().get(at + p.len()) == Some(&b' ')
    }) {
        let mut name = latin_name(text, at + p.len() + 1)?;
        name.start = at;
        return Some(name);
    }
    any_name(text, at)
}

/// Skips an optional title (`Mr.`, `Dr.`) and the space after it; returns the start of
/// the name and whether a title was there.
fn skip_title(text: &str, at: usize) -> (usize, bool) {
    const TITLES: &[&str] = &[
        "Mr. ",
        "Mrs. ",
        "Ms. ",
        "Mr ",
        "Mrs ",
        "Ms ",
        "Miss ",
        "Dr. ",
        "Dr ",
        "Prof. ",
        "Herr ",
        "Frau ",
        "M. ",
        "Mme ",
        "Mlle ",
        "Sr. ",
        "Sra. ",
        "Sig. ",
        "Sig.ra ",
        "Dott. ",
        "Dhr. ",
        "Mevr. ",
        "Madame ",
        "Monsieur ",
        "Señor ",
        "Señora ",
        "Signor ",
        "Signora ",
    ];
    let rest = text.get(at..).unwrap_or("");
    TITLES
        .iter()
        .find(|t| rest.starts_with(*t))
        .map_or((at, false), |t| (at + t.len(), true))
}

/// Labels whose value is a surname alone (`Last name: Foster`).
const SURNAME_LABELS: &[&str] = &[
    "nom",
    "apellido",
    "last name",
    "last_name",
    "lastname",
    "surname",
    "family name",
    "family_name",
    "familyname",
    "nachname",
    "cognome",
    "achternaam",
    "apellidos",
];

/// Labels whose value is a given name alone (`Vorname: Lena`).
const GIVEN_LABELS: &[&str] = &[
    "first name",
    "first_name",
    "firstname",
    "given name",
    "given_name",
    "givenname",
    "vorname",
    "prénom",
    "voornaam",
];

/// Separators between the names of a list (`Attendees: A, B and C`).
const LIST_SEPARATORS: &[&str] = &[
    ", ", "; ", "、", ",", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " und ",
];

/// Han characters that may follow a name as a word of their own (`王伟在…`).
const CN_FOLLOW: &str = "在的说关一和与把将尽帮确来去也都还就是给被让请对已要想";

/// Han words that often follow a name (`钱伟明天…`, `郭晓峰准备…`), so a name does not
/// swallow their first character.
const CN_FOLLOW_WORDS: &[&str] = &[
    "明天",
    "今天",
    "后天",
    "下周",
    "下午",
    "上午",
    "晚上",
    "准备",
    "负责",
    "跟进",
    "参加",
    "出席",
    "提交",
    "发送",
    "会议",
    "到场",
    "反映",
    "表示",
    "打电话",
    "尽快",
    "确认",
    "处理",
    "提供",
    "交报告",
];

/// Whether Han text after a name starts a word that follows names.
fn cn_follows(rest: &str) -> bool {
    let Some(c) = rest.chars().next() else {
        return true;
    };
    !is_han(c) || CN_FOLLOW.contains(c) || CN_FOLLOW_WORDS.iter().any(|w| rest.starts_with(w))
}

/// Han characters before a lone surname and its title (`给刘经理`, `财务部孟经理`).
const CN_BEFORE_TITLE: &str = "给请和与跟向找问让是位的部组司及叫由被把对";

/// Reads further names of a list that starts with the name ending at `end`; each must be
/// as credible as `accept` says and end a field or lead to the next separator.
fn list_names(
    text: &str,
    mut end: usize,
    score: f32,
    accept: fn(&Name, bool) -> bool,
    out: &mut Vec<Candidate>,
) {
    for _ in 0..32 {
        let Some(sep) = LIST_SEPARATORS
            .iter()
            .find(|sep| text.get(end..).is_some_and(|r| r.starts_with(*sep)))
        else {
            return;
        };
        let (at, titled) = skip_title(text, end + sep.len());
        let name = if titled {
            name_after_title(text, at)
        } else {
            any_name(text, at)
        };
        let Some(mut name) = name else {
            return;
        };
        let closes = ends_field(text, name.end)
            || LIST_SEPARATORS
                .iter()
                .any(|sep| text[name.end..].starts_with(sep))
            || (name.cjk && text[name.end..].starts_with(['。', '.', ' ']));
        if !closes || !accept(&name, titled) {
            return;
        }
        if titled {
            name.words = name.words.max(2);
        }
        end = name.end;
        CuedNames::push(out, name, score, "name in a list after a cue");
    }
}

/// Reports the other occurrences of names found behind cues in the same text (a name
/// introduced once is the same person when it recurs: `参会人员：王建国 … 王建国负责…`).
fn repeat_names(text: &str, from: usize, out: &mut Vec<Candidate>) {
    let lists = lists();
    let mut seen: Vec<(String, &'static str)> = Vec::new();
    // Only names behind a firm cue are worth repeating (`需要…` gives a weak one).
    for c in out[from..].iter().filter(|c| c.score >= 0.75) {
        let value = &text[c.start..c.end];
        let cjk = value.chars().next().is_some_and(is_cjk_like);
        if cjk && value.chars().count() >= 2 || !cjk && value.contains(' ') {
            seen.push((value.to_string(), c.kind));
        }
        if !cjk {
            // The given name of a full name, when listed, stands for the person too.
            if let Some((given, _)) = value.split_once(' ') {
                let strong = c.score >= 0.75 && given.chars().count() >= 3;
                if lists.given.contains(given) || strong && !lists.not_names.contains(given) {
                    seen.push((given.to_string(), "given_name"));
                }
            }
        }
    }
    seen.sort();
    seen.dedup();
    let known: Vec<(usize, usize)> = out[from..].iter().map(|c| (c.start, c.end)).collect();
    for (value, kind) in seen {
        let cjk = value.chars().next().is_some_and(is_cjk_like);
        for (at, _) in text.match_indices(value.as_str()).take(64) {
            let end = at + value.len();
            if known.iter().any(|&(s, e)| s < end && at < e) {
                continue;
            }
            let before = text[..at].chars().next_back();
            let after = text[end..].chars().next();
            let bounded = if cjk {
                // A two-character Han name inside a longer run may be part of a word.
                value.chars().count() >= 3
                    || !before.is_some_and(is_han) && !after.is_some_and(is_han)
            } else {
                !before.is_some_and(|c| c.is_alphanumeric())
                    && !after.is_some_and(|c| c.is_alphanumeric())
            };
            if bounded {
                out.push(Candidate {
                    start: at,
                    end,
                    category: Category::PersonName,
                    kind,
                    score: 0.7,
                    reason: Cow::Borrowed("same name as one behind a cue"),
                });
            }
        }
    }
}

/// Finds names behind cues.
struct CuedNames;

impl CuedNames {
    /// A candidate for `name` with `score`, when the score is worth reporting.
    fn push(out: &mut Vec<Candidate>, name: Name, score: f32, reason: &'static str) {
        out.push(Candidate {
            start: name.start,
            end: name.end,
            category: Category::PersonName,
            kind: name.kind(),
            score,
            reason: Cow::Borrowed(reason),
        });
    }

    /// Handles a label cue (`Name: …`).
    fn label(input: &Input<'_>, hit: &Hit, cue: Cue, out: &mut Vec<Candidate>) {
        let text = input.text();
        let literal = CUES[hit.anchor].0;
        let part_label = SURNAME_LABELS.contains(&literal) || GIVEN_LABELS.contains(&literal);
        let Some(at) = after_separator(text, hit.end) else {
            // `客户韩梅梅反映…`: a Chinese label may run into its name.
            if cue == Cue::Label && !text.as_bytes()[hit.start].is_ascii() {
                Self::cn_verb(input, hit, Cue::CnVerb, out);
            }
            return;
        };
        let (at, titled) = skip_title(text, at);
        let name = if titled {
            name_after_title(text, at)
        } else {
            any_name(text, at)
        };
        let Some(name) = name else {
            return;
        };
        let label_caps = text.as_bytes()[hit.start].is_ascii_uppercase()
            || !text.as_bytes()[hit.start].is_ascii();
        let email_after = text[name.end..].starts_with(" <");
        let cjk_then_space = name.cjk && text[name.end..].starts_with(' ');
        if !ends_field(text, name.end) && !cjk_then_space {
            return;
        }
        let score = if name.cjk {
            if cue == Cue::Label && label_caps || name.surname {
                0.8
            } else {
                return;
            }
        } else if name.words >= 2 {
            if email_after || cue == Cue::Label || titled {
                0.8
            } else if name.given || name.surname {
                0.75
            } else if label_caps {
                0.65
            } else {
                return;
            }
        } else if part_label && ends_field(text, name.end) {
            0.75
        } else if titled || name.given && (cue == Cue::Label || email_after) {
            0.7
        } else {
            return;
        };
        let end = name.end;
        Self::push(out, name, score, "name after a label");
        {
            list_names(
                text,
                end,
                score,
                |n, titled| n.cjk && n.surname || !n.cjk && (n.words >= 2 || n.given || titled),
                out,
            );
        }
    }

    /// Handles a phrase after which a person follows (`my son Ethan`, `ship to Ana Lima,`).
    fn relation(input: &Input<'_>, hit: &Hit, out: &mut Vec<Candidate>) {
        let text = input.text();
        let literal = CUES[hit.anchor].0;
        let rest = &text[hit.end..];
        let mut at = hit.end + (rest.len() - rest.trim_start_matches([',', ':']).len());
        let rest = &text[at..];
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        if spaces == 0 && !rest.starts_with('\n') {
            return;
        }
        at += spaces;
        if text[at..].starts_with('\n') {
            at += 1;
        }
        let (at, titled) = skip_title(text, at);
        let name = if titled {
            name_after_title(text, at)
        } else {
            latin_name(text, at)
        };
        let Some(mut name) = name else {
            return;
        };
        // `ship to`, `c/o`: the name is a field of the address that follows.
        let field = !literal.ends_with(|c: char| c.is_alphabetic())
            || literal.contains(" to")
            || literal.contains(" de");
        if field && !ends_field(text, name.end) {
            return;
        }
        let score = if name.words >= 2 || titled { 0.8 } else { 0.72 };
        if titled {
            name.words = name.words.max(2);
        }
        Self::push(
            out,
            name,
            score,
            "name after a relation or a recipient phrase",
        );
    }

    /// Handles a greeting (`Hi Sarah,`).
    fn greeting(input: &Input<'_>, hit: &Hit, out: &mut Vec<Candidate>) {
        let text = input.text();
        let cjk_cue = !text.as_bytes()[hit.start].is_ascii();
        let quoted = text[..hit.start].ends_with(['"', '“', '«']);
        if !cjk_cue && !starts_line(text, hit.start) && !quoted {
            return;
        }
        let mut at = hit.end;
        if !cjk_cue {
            if !text.as_bytes()[hit.start].is_ascii_uppercase()
                && !text[hit.start..].starts_with(|c: char| c.is_uppercase())
            {
                return;
            }
            let rest = &text[at..];
            let skipped = rest.len() - rest.trim_start_matches([' ', ',']).len();
            if skipped == 0 || skipped > 3 {
                return;
            }
            at += skipped;
        }
        let (at, titled) = skip_title(text, at);
        let single_han =
            text[at..].chars().next().is_some_and(is_han) && text[at..].chars().nth(1) == Some(',');
        let name = if titled {
            name_after_title(text, at)
        } else if single_han && !cjk_cue {
            let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
            Some(Name {
                start: at,
                end,
                words: 1,
                given: false,
                surname: true,
                cjk: true,
            })
        } else {
            any_name(text, at)
        };
        let Some(mut name) = name else {
            return;
        };
        if name.cjk {
            // `尊敬的王伟先生`: the honorific closes the name.
            let honorific = ["先生", "女士", "小姐", "老师"]
                .iter()
                .find_map(|h| text[name.start..name.end].find(h));
            if let Some(cut) = honorific {
                name.end = name.start + cut;
            }
            // After a Latin greeting a given name alone is usual (`Hi 玉梅,`).
            let latin_greeting = !cjk_cue && text[name.end..].starts_with(',');
            if !latin_greeting && (name.end - name.start < 6 || !name.surname) {
                return;
            }
        } else {
            let close = text[name.end..].chars().next();
            if !matches!(
                close,
                None | Some(',' | '!' | ':' | '\n' | '\r' | '.' | ' ')
            ) {
                return;
            }
            let listed = [" and ", " & ", " und ", " et ", " y ", " e ", " en "]
                .iter()
                .any(|sep| text[name.end..].starts_with(sep));
            if close == Some(' ') && !text[name.end..].starts_with(" -") && !listed {
                return;
            }
        }
        let score = if name.cjk || name.words >= 2 || titled || name.given {
            0.8
        } else {
            0.7
        };
        if titled && name.words == 1 {
            name.words = 2;
        }
        let end = name.end;
        let cjk = name.cjk;
        Self::push(out, name, score, "name after a greeting");
        if !cjk {
            list_names(
                text,
                end,
                score,
                |n, titled| !n.cjk && (n.words >= 2 || n.given || titled),
                out,
            );
        }
    }

    /// Handles a title (`Dr. Jane Smith`, `Frau Müller`).
    fn title(input: &Input<'_>, hit: &Hit, out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        if !bytes[hit.start].is_ascii_uppercase() {
            return;
        }
        if hit.start > 0 && bytes[hit.start - 1].is_ascii_alphanumeric() {
            return;
        }
        // Anchors such as `mr ` carry the space that follows the title.
        let word_end = if text[..hit.end].ends_with(' ') {
            hit.end - 1
        } else {
            hit.end
        };
        let mut at = word_end;
        let ends_with_dot = text[..word_end].ends_with('.');
        if !ends_with_dot {
            if bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                return;
            }
            if bytes.get(at) == Some(&b'.') {
                at += 1;
            }
        }
        if bytes.get(at) != Some(&b' ') {
            return;
        }
        // `M.` is also an initial: `John M. Smith`.
        if text[hit.start..word_end].eq_ignore_ascii_case("m.") {
            let before = text[..hit.start].trim_end_matches(' ');
            let prev_word = before.rsplit([' ', '\n']).next().unwrap_or("");
            if prev_word.starts_with(|c: char| c.is_uppercase()) {
                return;
            }
        }
        let Some(mut name) = latin_name(text, at + 1) else {
            return;
        };
        let score = if name.words >= 2 { 0.8 } else { 0.72 };
        name.words = name.words.max(2);
        Self::push(out, name, score, "name after a title");
    }

    /// Handles a closing line followed by a signature (`Best regards,\nAnna Weber`).
    fn closing(input: &Input<'_>, hit: &Hit, out: &mut Vec<Candidate>) {
        let text = input.text();
        if !starts_line(text, hit.start) {
            return;
        }
        if text.as_bytes()[hit.start].is_ascii_lowercase() {
            return;
        }
        let (_, line_end) = table::line_around(text, hit.end, hit.end, 40);
        let tail = &text[hit.end..line_end];
        let inline = tail.strip_prefix(", ");
        let at = if tail
            .chars()
            .all(|c| matches!(c, ',' | '!' | '.' | ' ' | '\r' | '、' | '。'))
        {
            // The signature is on the next non-empty line.
            let mut at = line_end + 1;
            for _ in 0..2 {
                if text.get(at..).is_some_and(|r| r.starts_with('\n')) {
                    at += 1;
                } else if text.get(at..).is_some_and(|r| r.starts_with("\r\n")) {
                    at += 2;
                }
            }
            if text
                .get(at..)
                .is_some_and(|r| r.starts_with("-- ") || r.starts_with("— "))
            {
                at += 3;
            }
            at
        } else if let Some(inline) = inline {
            line_end - inline.len()
        } else {
            return;
        };
        if at >= text.len() {
            return;
        }
        let Some(name) = any_name(text, at) else {
            return;
        };
        let rest = &text[name.end..];
        let line_done = rest.is_empty()
            || rest.starts_with('\n')
            || rest.starts_with('\r')
            || rest.starts_with(", ")
            || rest.starts_with(" |")
            || rest.starts_with(" (");
        if !line_done {
            return;
        }
        let score = if name.cjk {
            if name.surname {
                0.8
            } else {
                return;
            }
        } else if name.words >= 2 {
            0.8
        } else if name.given {
            0.72
        } else {
            return;
        };
        Self::push(out, name, score, "signature under a closing");
    }

    /// Handles a self-introduction (`my name is …`, `我叫…`).
    fn intro(input: &Input<'_>, hit: &Hit, cue: Cue, out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let ascii = bytes[hit.start].is_ascii();
        if ascii && hit.start > 0 && bytes[hit.start - 1].is_ascii_alphanumeric() {
            return;
        }
        let at = if ascii {
            if bytes.get(hit.end) != Some(&b' ') {
                return;
            }
            hit.end + 1
        } else {
            hit.end
        };
        let Some(name) = any_name(text, at) else {
            return;
        };
        if name.cjk && !name.surname {
            return;
        }
        if name.cjk && !ends_field(text, name.end) && name.words > 3 {
            return;
        }
        let score = match cue {
            Cue::Intro if name.cjk || name.words >= 2 => 0.8,
            Cue::Intro => 0.75,
            _ if name.given && !name.cjk => 0.7,
            _ => return,
        };
        Self::push(out, name, score, "name in a self-introduction");
    }

    /// Handles an honorific after a CJK name (`王伟先生`, `田中様`, `김민수님`).
    fn suffix(input: &Input<'_>, hit: &Hit, out: &mut Vec<Candidate>) {
        let text = input.text();
        let lists = lists();
        let hangul = text[hit.start..].starts_with(['씨', '님', '드', '입']);
        let japanese = text[hit.start..].starts_with(['様', 'さ', '殿']);
        if (hangul || japanese) && text[..hit.start].ends_with(' ') {
            Self::spaced_suffix(text, hit.start - 1, out);
            return;
        }
        let before: Vec<(usize, char)> = text[..hit.start].char_indices().rev().take(4).collect();
        let script = |c: char| {
            if hangul {
                is_hangul(c)
            } else {
                is_han(c) || c == '々'
            }
        };
        let run = before.iter().take_while(|&&(_, c)| script(c)).count();
        // `최수민입니다`: a self-introduction needs a whole three-syllable name.
        if text[hit.start..].starts_with('입') && run != 3 {
            return;
        }
        let jp_start = (japanese && !hangul)
            .then(|| {
                (2..=run.min(4)).rev().find(|&len| {
                    let name_text = &text[before[len - 1].0..hit.start];
                    names::JP_SURNAMES.iter().any(|s| name_text.starts_with(s))
                })
            })
            .flatten();
        let lens: &[usize] = match jp_start {
            Some(4) => &[4],
            Some(3) => &[3],
            Some(_) => &[2],
            None => &[3, 2],
        };
        for &len in lens {
            if run < len {
                continue;
            }
            let (start, first) = before[len - 1];
            let name_text = &text[start..hit.start];
            let surname = if hangul {
                lists.kr_surnames.contains(&first)
            } else {
                jp_start.is_some() || lists.cn_surnames.contains(&first)
            };
            if !surname || NOT_CJK_NAMES.iter().any(|w| name_text.starts_with(w)) {
                continue;
            }
            let bounded = run == len;
            let score = if bounded { 0.78 } else { 0.7 };
            let name = Name {
                start,
                end: hit.start,
                words: len,
                given: false,
                surname: true,
                cjk: true,
            };
            Self::push(out, name, score, "name before an honorific");
            return;
        }
        // A surname alone before a title (`给刘经理`, `请林老师`).
        let cn_title = ["经理", "老师", "先生", "女士", "小姐"]
            .iter()
            .any(|t| text[hit.start..].starts_with(t));
        if cn_title && run >= 1 && !japanese && !hangul {
            let (start, first) = before[0];
            let lone = run == 1
                || before
                    .get(1)
                    .is_some_and(|&(_, c)| CN_BEFORE_TITLE.contains(c));
            if lone && lists.cn_surnames.contains(&first) {
                let name = Name {
                    start,
                    end: hit.start,
                    words: 1,
                    given: false,
                    surname: true,
                    cjk: true,
                };
                Self::push(out, name, 0.72, "surname before a title");
            }
        }
    }

    /// Handles a CJK name set off from its honorific by a space (`田中 美咲 様`, `정우성 씨`).
    fn spaced_suffix(text: &str, end: usize, out: &mut Vec<Candidate>) {
        let mut starts = Vec::new();
        let mut spaces = 0;
        for (i, c) in text[..end].char_indices().rev().take(7) {
            if c == ' ' {
                spaces += 1;
                if spaces > 1 {
                    break;
                }
                continue;
            }
            if !(is_han(c) || is_kana(c) || is_hangul(c)) {
                break;
            }
            starts.push(i);
        }
        for &start in starts.iter().rev() {
            let Some(name) = cjk_name(text, start) else {
                continue;
            };
            let name_text = &text[start..end];
            if name.end == end
                && name.surname
                && !NOT_CJK_NAMES.iter().any(|w| name_text.starts_with(w))
            {
                Self::push(out, name, 0.75, "name before an honorific");
                return;
            }
        }
    }

    /// Handles a Chinese verb that takes a person (`回复颜佳，`, `需要陈建军在…`).
    fn cn_verb(input: &Input<'_>, hit: &Hit, cue: Cue, out: &mut Vec<Candidate>) {
        let text = input.text();
        let lists = lists();
        let rest = &text[hit.end..];
        if !rest
            .chars()
            .next()
            .is_some_and(|c| lists.cn_surnames.contains(&c))
        {
            return;
        }
        let chars: Vec<char> = rest.chars().take(4).collect();
        for len in [3, 2] {
            if chars.len() < len || !chars[..len].iter().all(|&c| is_han(c)) {
                continue;
            }
            let next = chars.get(len).copied();
            // Han characters are three bytes long: the name is `rest[..3 * len]`.
            let name_text = &rest[..3 * len];
            // A three-character name does not end in the first character of a word that
            // follows names.
            if len == 3 && CN_FOLLOW_WORDS.iter().any(|w| rest[6..].starts_with(w)) {
                continue;
            }
            let after = &rest[3 * len..];
            let closes = match cue {
                Cue::CnVerb => next.is_none() || cn_follows(after),
                _ => next.is_some_and(|c| {
                    matches!(
                        c,
                        '在' | '把' | '将' | '尽' | '帮' | '负' | '确' | '来' | '去'
                    )
                }),
            };
            if !closes || NOT_CJK_NAMES.iter().any(|w| name_text.starts_with(w)) {
                continue;
            }
            let end = hit.end + name_text.len();
            let name = Name {
                start: hit.end,
                end,
                words: len,
                given: false,
                surname: true,
                cjk: true,
            };
            Self::push(out, name, 0.7, "name after a verb that takes a person");
            return;
        }
    }

    /// Handles a name column of a table; returns whether `hit` sat in a table header.
    fn column(
        input: &Input<'_>,
        hit: &Hit,
        headers: &mut Headers<'_>,
        done: &mut (usize, usize, Vec<usize>),
        out: &mut Vec<Candidate>,
    ) -> bool {
        let text = input.text();
        let Some(header) = headers.at(hit.start) else {
            return false;
        };
        let Some(column) = header.column_at(hit.start) else {
            return false;
        };
        let heading: String = header
            .name(column)
            .chars()
            .filter(|c| !matches!(c, '_' | ' ' | '-'))
            .flat_map(char::to_lowercase)
            .collect();
        let Some(&(_, given_column)) = NAME_COLUMNS.iter().find(|(n, _)| *n == heading) else {
            return true;
        };
        // A header inside an already read table is one of its rows.
        let (last_header, table_end, columns) = done;
        if header.start() == *last_header {
            if columns.contains(&column) {
                return true;
            }
        } else if header.start() < *table_end {
            return true;
        } else {
            columns.clear();
        }
        let (cells, end) = header.cells(column);
        *last_header = header.start();
        *table_end = end;
        columns.push(column);
        for (s, e) in cells {
            let Some(name) = any_name(text, s) else {
                continue;
            };
            if name.end != e {
                continue;
            }
            let score = if name.cjk || name.words >= 2 || name.given || given_column {
                0.8
            } else {
                continue;
            };
            Self::push(out, name, score, "value of a name column");
        }
        true
    }
}

/// Han or Hangul words that start like a name but are common nouns.
const NOT_CJK_NAMES: &[&str] = &[
    "纪要",
    "高兴",
    "方向",
    "方便",
    "林业",
    "王国",
    "张开",
    "曾经",
    "石头",
    "安排",
    "文化",
    "金融",
    "周期",
    "江湖",
    "白天",
    "常用",
    "高级",
    "明白",
    "连续",
    "车间",
    "段落",
    "关系",
    "钱包",
    "单位",
    "包含",
    "司法",
    "解决",
    "解释",
    "简单",
    "简介",
    "全国",
    "华人",
    "宁可",
    "温度",
    "毛病",
    "章节",
    "尚未",
    "申请",
    "费用",
    "卫生",
    "商务",
    "商品",
    "平台",
    "程度",
    "黄色",
    "高效",
    "高层",
    "杨树",
    "林木",
    "马路",
    "马虎",
    "龙卷",
    "常规",
    "常常",
    "向下",
    "于今",
    "于此",
    "任意",
    "成员",
    "成果",
    "成为",
    "时期",
    "史料",
    "易用",
    "康复",
    "谢谢",
    "许多",
    "许可",
    "何况",
    "何必",
    "胡乱",
    "朱红",
    "孙女",
    "钱财",
    "夏天",
    "夏季",
    "秦朝",
    "汉字",
    "金属",
    "余下",
    "叶子",
    "苏醒",
    "范围",
    "范例",
    "路线",
    "路口",
    "路由",
    "左右",
    "左边",
    "江河",
    "包装",
    "方式",
    "方法",
    "方面",
    "方案",
    "时间",
    "时候",
    "高度",
    "安全",
    "程序",
    "管理",
    "项目",
    "金额",
    "明天",
    "明确",
    "文件",
    "文档",
    "何时",
    "常见",
    "龙头",
    "黄金",
    "白色",
    "马上",
    "万一",
    "全部",
    "全体",
    "全面",
    "于是",
    "于是",
    "成功",
    "成本",
    "通过",
    "华为",
    "李宁",
    "高速",
    "严重",
    "车辆",
    "史上",
    "向上",
    "周末",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "关于",
    "关键",
    "司机",
    "包括",
    "应该",
    "应用",
    "和平",
    "计划",
    "任何",
    "任务",
    "余额",
    "毛利",
    "贾谊",
    "大家",
    "고객",
    "회원",
    "선생",
    "사장",
    "부장",
    "과장",
    "팀장",
    "교수",
    "여러분",
    "관리",
    "담당",
    "기사",
    "손님",
    "아버",
    "어머",
    "형",
    "누나",
    "언니",
    "오빠",
    "동생",
    "환자",
    "학생",
    "사용자",
];

impl Recognizer for CuedNames {
    fn kinds(&self) -> &'static [&'static str] {
        &["full_name", "given_name"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(CUES.iter().map(|(c, _)| *c).collect())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let first = out.len();
        let mut done_columns = (usize::MAX, 0, Vec::new());
        let mut headers = Headers::new(text);
        for hit in hits {
            let Some(&(_, cue)) = CUES.get(hit.anchor) else {
                continue;
            };
            let ascii = text.as_bytes()[hit.start].is_ascii();
            if ascii
                && matches!(
                    cue,
                    Cue::Label | Cue::WeakLabel | Cue::Greeting | Cue::Closing
                )
            {
                // Whole words only.
                let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                if glued(text[..hit.start].chars().next_back())
                    || glued(text[hit.end..].chars().next())
                {
                    continue;
                }
            }
            match cue {
                Cue::Label | Cue::WeakLabel => {
                    if !Self::column(input, hit, &mut headers, &mut done_columns, out) {
                        Self::label(input, hit, cue, out);
                    }
                }
                Cue::Greeting => Self::greeting(input, hit, out),
                Cue::Title => Self::title(input, hit, out),
                Cue::Closing => Self::closing(input, hit, out),
                Cue::Intro | Cue::WeakIntro => Self::intro(input, hit, cue, out),
                Cue::Suffix => Self::suffix(input, hit, out),
                Cue::CnVerb | Cue::CnVerbAction => Self::cn_verb(input, hit, cue, out),
                Cue::Relation => {
                    let glued = text[..hit.start]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    if !glued {
                        Self::relation(input, hit, out);
                    }
                }
            }
        }
        if out.len() > first {
            repeat_names(text, first, out);
        }
    }
}

/// Finds names without a cue: a listed given name followed by a capitalised word, and a
/// CJK name followed by its contact details in brackets (`王伟（wang@…）`).
struct ListedNames;

impl Recognizer for ListedNames {
    fn kinds(&self) -> &'static [&'static str] {
        &["full_name"]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Always
    }

    fn recognize(&self, input: &Input<'_>, _hits: &[Hit], out: &mut Vec<Candidate>) {
        let text = input.text();
        let bytes = text.as_bytes();
        let lists = lists();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'(' {
                cjk_before_contact(text, i, out);
                i += 1;
                continue;
            }
            if !b.is_ascii_uppercase()
                || (i > 0
                    && (bytes[i - 1].is_ascii_alphanumeric()
                        || matches!(
                            bytes[i - 1],
                            b'_' | b'.' | b'-' | b'/' | b'@' | b'\'' | b'`'
                        )
                        || bytes[i - 1] >= 0x80))
            {
                i += 1;
                continue;
            }
            let Some(end) = latin_word(text, i) else {
                i += 1;
                continue;
            };
            if !lists.given.contains(&text[i..end]) || bytes.get(end) != Some(&b' ') {
                i = end.max(i + 1);
                continue;
            }
            let Some(second_end) = latin_word(text, end + 1) else {
                i = end + 1;
                continue;
            };
            let second = &text[end + 1..second_end];
            let pair = &text[i..second_end];
            let next_word_end = (bytes.get(second_end) == Some(&b' '))
                .then(|| latin_word(text, second_end + 1))
                .flatten();
            let next_vetoes =
                next_word_end.is_some_and(|e| lists.not_names.contains(&text[second_end + 1..e]));
            let glued = bytes
                .get(second_end)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'(' | b'.' if bytes.get(second_end + 1).is_some_and(u8::is_ascii_alphanumeric)));
            if lists.not_names.contains(second)
                || names::NOT_NAME_PAIRS.contains(&pair)
                || next_vetoes
                || glued
                || second.len() < 2
            {
                i = second_end;
                continue;
            }
            let prev_word_lower = text[..i]
                .strip_suffix(' ')
                .and_then(|b| b.rsplit([' ', '\n']).next())
                .is_some_and(|w| {
                    w.len() >= 2
                        && w.bytes().all(|c| c.is_ascii_lowercase())
                        && !STREET_WORDS.contains(&w)
                });
            let (score, reason) = if lists.surnames.contains(second) {
                (0.62, "listed given name and surname")
            } else if prev_word_lower {
                (0.6, "listed given name and a surname in running text")
            } else {
                (0.45, "listed given name before a capitalised word")
            };
            out.push(Candidate {
                start: i,
                end: second_end,
                category: Category::PersonName,
                kind: "full_name",
                score,
                reason: Cow::Borrowed(reason),
            });
            i = second_end;
        }
    }
}

/// Lower-case words before a street named after a person (`rue Pierre Martin`).
const STREET_WORDS: &[&str] = &[
    "rue",
    "de",
    "del",
    "da",
    "do",
    "dos",
    "di",
    "du",
    "des",
    "la",
    "le",
    "via",
    "viale",
    "calle",
    "avenue",
    "avenida",
    "rua",
    "strada",
    "piazza",
    "chemin",
    "boulevard",
    "place",
    "vereda",
    "pasaje",
    "pasadizo",
    "rambla",
    "ronda",
    "travessa",
    "largo",
    "corso",
    "vicolo",
    "plaza",
    "paseo",
    "camino",
    "carrer",
    "impasse",
    "quai",
    "square",
    "praça",
    "alameda",
    "traversa",
];

/// Reports a CJK name that opens a line or clause right before `(` with contact details.
fn cjk_before_contact(text: &str, paren: usize, out: &mut Vec<Candidate>) {
    let lists = lists();
    let before: Vec<(usize, char)> = text[..paren].char_indices().rev().take(4).collect();
    let run = before.iter().take_while(|&&(_, c)| is_han(c)).count();
    if !(2..=3).contains(&run) {
        return;
    }
    let (start, first) = before[run - 1];
    if !lists.cn_surnames.contains(&first) {
        return;
    }
    let after = &text[paren + 1..];
    let window: String = after.chars().take(24).collect();
    if !window.contains('@') && window.bytes().filter(u8::is_ascii_digit).nth(6).is_none() {
        return;
    }
    out.push(Candidate {
        start,
        end: paren,
        category: Category::PersonName,
        kind: "full_name",
        score: 0.72,
        reason: Cow::Borrowed("name before its contact details"),
    });
}

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    vec![Box::new(CuedNames), Box::new(ListedNames)]
}
