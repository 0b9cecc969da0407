//! The search engine as the web layer uses it, on a real Tantivy index.

use std::cell::RefCell;

use lmp_search::{Access, Doc, Hit, Kind, Query, Results, SearchError, SearchIndex, Sort, Viewer};

fn doc(kind: Kind, id: i64, title: &str, body: &str) -> Doc {
    Doc {
        kind,
        id,
        title: title.to_string(),
        summary: String::new(),
        body: body.to_string(),
        url: format!("/{}/{id}", kind.code()),
        content_type: None,
        compass: Vec::new(),
        topics: Vec::new(),
        audience: Vec::new(),
        region: None,
        language: "en".to_string(),
        date: 1_700_000_000 + id,
        access: Access::Everyone,
    }
}

const TEAM_5: Access = Access::Team {
    team_id: 5,
    region_id: 2,
    facility_id: 9,
};
const TEAM_6: Access = Access::Team {
    team_id: 6,
    region_id: 3,
    facility_id: 11,
};

/// A small hub: content, practices (one in Spanish), projects and decisions of two teams.
fn corpus() -> Vec<Doc> {
    vec![
        Doc {
            summary: "How partners reach decisions everyone can support.".into(),
            content_type: Some("guide".into()),
            compass: vec!["Quality".into(), "Workplace".into()],
            topics: vec!["Decisions".into()],
            audience: vec!["Co-leads".into()],
            date: 1_000,
            ..doc(
                Kind::Content,
                1,
                "Consensus decision making",
                "Consensus means every partner can live with the decision and support it. \
                 Before a round closes, check the three tests: the interests were heard, \
                 the options were weighed, and everyone will carry it out.",
            )
        },
        Doc {
            content_type: Some("article".into()),
            compass: vec!["Workplace".into()],
            topics: vec!["Meetings".into()],
            audience: vec!["Co-leads".into(), "Members".into()],
            date: 2_000,
            ..doc(
                Kind::Content,
                2,
                "Running a good meeting",
                "A meeting starts on time with an agenda, a timekeeper and a recorder.",
            )
        },
        Doc {
            content_type: Some("tool".into()),
            compass: vec!["Service".into()],
            topics: vec!["Meetings".into()],
            date: 3_000,
            ..doc(
                Kind::Content,
                3,
                "Agenda template",
                "Use this template for weekly meetings of the unit-based team.",
            )
        },
        Doc {
            compass: vec!["Quality".into()],
            topics: vec!["Safety".into()],
            region: Some("Northern California".into()),
            date: 4_000,
            access: TEAM_5,
            ..doc(
                Kind::Project,
                10,
                "Reduce patient falls on 4 West",
                "We ran three rounds of small tests of change: hourly rounding, bed alarms, \
                 and non-slip socks. Falls dropped by half.",
            )
        },
        Doc {
            compass: vec!["Quality".into()],
            topics: vec!["Staffing".into()],
            region: Some("Southern California".into()),
            date: 5_000,
            access: TEAM_6,
            ..doc(
                Kind::Decision,
                30,
                "Weekend staffing decision",
                "The team agreed on weekend staffing after the three tests of consensus were \
                 met. Zanzibarian scheduling was rejected.",
            )
        },
        Doc {
            language: "es".into(),
            compass: vec!["Workplace".into()],
            topics: vec!["Decisions".into()],
            date: 6_000,
            ..doc(
                Kind::Practice,
                20,
                "Toma de decisión por consenso",
                "La decisión se toma cuando todas las partes pueden apoyarla. Las reuniones \
                 empiezan con la organización de la agenda.",
            )
        },
    ]
}

fn index() -> SearchIndex {
    let index = SearchIndex::in_memory().expect("index");
    index.upsert(&corpus()).expect("upsert");
    index
}

fn everything(text: &str) -> Query {
    Query {
        viewer: Viewer::everything(),
        ..Query::text(text)
    }
}

fn run(index: &SearchIndex, query: &Query) -> Results {
    index
        .search(query)
        .unwrap_or_else(|e| panic!("{query:?}: {e}"))
}

fn keys(results: &Results) -> Vec<(Kind, i64)> {
    results.hits.iter().map(|h| (h.kind, h.id)).collect()
}

fn has(results: &Results, kind: Kind, id: i64) -> bool {
    results.hits.iter().any(|h| h.kind == kind && h.id == id)
}

fn facet(values: &[(String, u64)], name: &str) -> u64 {
    values
        .iter()
        .find(|(v, _)| v == name)
        .map_or(0, |(_, n)| *n)
}

#[test]
fn stemming_matches_other_forms_of_a_word() {
    let index = index();
    // "decisions" is only in a summary; "decision" in titles and bodies.
    let r = run(&index, &everything("decisions"));
    assert!(has(&r, Kind::Content, 1), "{:?}", keys(&r));
    assert!(has(&r, Kind::Decision, 30), "{:?}", keys(&r));
    // Only doc 3 says "meetings", only doc 2 says "meeting": each form finds both.
    for q in ["meetings", "meeting"] {
        let r = run(&index, &everything(q));
        assert!(
            has(&r, Kind::Content, 2) && has(&r, Kind::Content, 3),
            "{q}: {:?}",
            keys(&r)
        );
    }
}

#[test]
fn titles_weigh_more_than_bodies() {
    let index = index();
    let r = run(&index, &everything("staffing"));
    assert_eq!(keys(&r)[0], (Kind::Decision, 30));
    let r = run(&index, &everything("agenda"));
    // Doc 3 has "agenda" in its title, doc 2 only in its body.
    assert_eq!(keys(&r)[0], (Kind::Content, 3), "{:?}", keys(&r));
    assert!(has(&r, Kind::Content, 2));
}

#[test]
fn typos_still_find_the_word_and_suggest_it() {
    let index = index();
    let r = run(&index, &everything("concensus"));
    assert!(has(&r, Kind::Content, 1), "{:?}", keys(&r));
    assert_eq!(r.did_you_mean.as_deref(), Some("consensus"));

    let r = run(&index, &everything("desicion"));
    assert!(has(&r, Kind::Content, 1), "{:?}", keys(&r));
    assert_eq!(r.did_you_mean.as_deref(), Some("decision"));

    let r = run(&index, &everything("concensus tests"));
    assert_eq!(r.did_you_mean.as_deref(), Some("consensus tests"));
    assert!(has(&r, Kind::Content, 1));

    // Case is kept, the rest of the text too.
    let r = run(&index, &everything("Concensus \"three tests\""));
    assert_eq!(r.did_you_mean.as_deref(), Some("Consensus \"three tests\""));

    // Known words get no suggestion.
    let r = run(&index, &everything("consensus meeting"));
    assert_eq!(r.did_you_mean, None);
}

#[test]
fn suggestions_never_reveal_words_of_documents_the_viewer_may_not_see() {
    let index = index();
    // "zanzibarian" is only in team 6's decision.
    let public = run(&index, &Query::text("zanzibarien"));
    assert_eq!(public.did_you_mean, None);
    assert_eq!(public.total, 0);
    let member = Query {
        viewer: Viewer {
            teams: vec![6],
            ..Viewer::default()
        },
        ..Query::text("zanzibarien")
    };
    let r = run(&index, &member);
    assert_eq!(r.did_you_mean.as_deref(), Some("zanzibarian"));
    assert!(has(&r, Kind::Decision, 30));
    // A word found only where the viewer cannot look: no hits, and no hidden word suggested.
    let r = run(&index, &Query::text("staffing"));
    assert_eq!(r.total, 0);
    assert_eq!(r.did_you_mean, None);
}

#[test]
fn phrases_need_the_words_together() {
    let index = index();
    let r = run(&index, &everything("\"three tests\""));
    let mut found = keys(&r);
    found.sort();
    // Project 10 has "three rounds of small tests": both words, not together.
    assert_eq!(found, [(Kind::Content, 1), (Kind::Decision, 30)]);
    // Without quotes the project matches too.
    let r = run(&index, &everything("three tests"));
    assert!(has(&r, Kind::Project, 10));
    assert_eq!(r.total, 3);
}

#[test]
fn all_words_must_match_unless_none_has_them_all() {
    let index = index();
    let r = run(&index, &everything("agenda timekeeper"));
    assert_eq!(keys(&r), [(Kind::Content, 2)]);
    // No document has both: any word will do, best first.
    let r = run(&index, &everything("timekeeper falls"));
    let mut found = keys(&r);
    found.sort();
    assert_eq!(found, [(Kind::Content, 2), (Kind::Project, 10)]);
}

#[test]
fn facets_count_all_matches_and_filters_narrow_them() {
    let index = index();
    let r = run(&index, &everything(""));
    assert_eq!(r.total, 6);
    assert_eq!(r.facets.kinds[0], ("content".to_string(), 3));
    assert_eq!(facet(&r.facets.kinds, "project"), 1);
    assert_eq!(facet(&r.facets.compass, "Quality"), 3);
    assert_eq!(facet(&r.facets.compass, "Workplace"), 3);
    assert_eq!(facet(&r.facets.topics, "Meetings"), 2);
    assert_eq!(facet(&r.facets.audience, "Co-leads"), 2);
    assert_eq!(facet(&r.facets.content_types, "guide"), 1);
    assert_eq!(facet(&r.facets.regions, "Northern California"), 1);
    // Sorted by count, then by name.
    let counts: Vec<u64> = r.facets.compass.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [3, 3, 1]);
    assert_eq!(r.facets.compass[0].0, "Quality");

    // Facets count every match, not just the page.
    let page = run(
        &index,
        &Query {
            limit: 1,
            ..everything("")
        },
    );
    assert_eq!(page.hits.len(), 1);
    assert_eq!(page.total, 6);
    assert_eq!(page.facets, r.facets);

    // One facet, two values: either.
    let q = Query {
        compass: vec!["Service".into(), "Workplace".into()],
        ..everything("")
    };
    assert_eq!(run(&index, &q).total, 4);
    // Two facets: both.
    let q = Query {
        compass: vec!["Workplace".into()],
        kinds: vec![Kind::Content],
        ..everything("")
    };
    let r = run(&index, &q);
    let mut found = keys(&r);
    found.sort();
    assert_eq!(found, [(Kind::Content, 1), (Kind::Content, 2)]);
    assert_eq!(facet(&r.facets.kinds, "content"), 2);
    assert_eq!(facet(&r.facets.kinds, "practice"), 0);
    // With text.
    let q = Query {
        topics: vec!["Meetings".into()],
        content_types: vec!["tool".into()],
        ..everything("meetings")
    };
    assert_eq!(keys(&run(&index, &q)), [(Kind::Content, 3)]);
    // Exact values only.
    let q = Query {
        compass: vec!["quality".into()],
        ..everything("")
    };
    assert_eq!(run(&index, &q).total, 0);
    let q = Query {
        regions: vec!["Southern California".into()],
        ..everything("")
    };
    assert_eq!(keys(&run(&index, &q)), [(Kind::Decision, 30)]);
    let q = Query {
        language: Some("es".into()),
        ..everything("")
    };
    assert_eq!(keys(&run(&index, &q)), [(Kind::Practice, 20)]);
    // Blank values (an empty field of a form) filter nothing.
    let q = Query {
        topics: vec![" ".into()],
        regions: vec![String::new()],
        language: Some(String::new()),
        ..everything("")
    };
    assert_eq!(run(&index, &q).total, 6);
    // A value with blanks around it is the value.
    let q = Query {
        topics: vec![" Meetings ".into()],
        ..everything("")
    };
    assert_eq!(run(&index, &q).total, 2);
}

#[test]
fn team_documents_are_visible_only_to_whom_may_read_the_team() {
    let index = index();
    let viewer = |teams: Vec<i64>, regions: Vec<i64>, facilities: Vec<i64>| Viewer {
        everything: false,
        teams,
        regions,
        facilities,
    };
    let search = |viewer: Viewer| {
        run(
            &index,
            &Query {
                viewer,
                ..Query::text("three tests")
            },
        )
    };
    // Team 5's project and team 6's decision both match "three tests"; content 1 is public.
    let public = search(Viewer::default());
    assert_eq!(keys(&public), [(Kind::Content, 1)]);
    assert_eq!(public.total, 1);
    assert_eq!(facet(&public.facets.kinds, "project"), 0);
    assert_eq!(facet(&public.facets.kinds, "decision"), 0);
    assert_eq!(facet(&public.facets.compass, "Quality"), 1);
    assert!(public.facets.regions.is_empty());

    let team6 = search(viewer(vec![6], vec![], vec![]));
    assert_eq!(team6.total, 2);
    assert!(has(&team6, Kind::Decision, 30) && !has(&team6, Kind::Project, 10));
    assert_eq!(facet(&team6.facets.kinds, "project"), 0);

    for v in [
        viewer(vec![5], vec![], vec![]),
        viewer(vec![], vec![2], vec![]),
        viewer(vec![], vec![], vec![9]),
    ] {
        let r = search(v.clone());
        assert!(has(&r, Kind::Project, 10), "{v:?}");
        assert!(!has(&r, Kind::Decision, 30), "{v:?}");
        assert_eq!(r.total, 2, "{v:?}");
        assert_eq!(facet(&r.facets.kinds, "project"), 1);
    }
    // Ids of another level do not mix: region 5 is not team 5.
    let r = search(viewer(vec![], vec![5, 9], vec![5, 2]));
    assert_eq!(r.total, 1);

    let all = search(Viewer::everything());
    assert_eq!(all.total, 3);
    assert_eq!(facet(&all.facets.compass, "Quality"), 3);

    // Listing without text obeys the same rule.
    let r = run(
        &index,
        &Query {
            viewer: viewer(vec![6], vec![], vec![]),
            ..Query::default()
        },
    );
    assert_eq!(r.total, 5);
    assert!(!has(&r, Kind::Project, 10));
    // And so do filters: asking for projects does not reveal them.
    let r = run(
        &index,
        &Query {
            kinds: vec![Kind::Project],
            ..Query::default()
        },
    );
    assert_eq!(r.total, 0);
    assert!(r.hits.is_empty());
}

#[test]
fn newest_first_by_date() {
    let index = index();
    let dates = |r: &Results| r.hits.iter().map(|h| h.date).collect::<Vec<_>>();
    // No text: newest first, whatever the sort asked.
    let r = run(&index, &everything(""));
    assert_eq!(dates(&r), [6_000, 5_000, 4_000, 3_000, 2_000, 1_000]);
    let r = run(
        &index,
        &Query {
            sort: Sort::Newest,
            ..everything("meetings")
        },
    );
    assert_eq!(keys(&r), [(Kind::Content, 3), (Kind::Content, 2)]);
    assert!(r.hits.iter().all(|h| h.score > 0.0));
    let r = run(
        &index,
        &Query {
            sort: Sort::Newest,
            offset: 2,
            limit: 2,
            ..everything("")
        },
    );
    assert_eq!(dates(&r), [4_000, 3_000]);
    assert_eq!(r.total, 6);
}

#[test]
fn relevance_pages_do_not_overlap() {
    let index = index();
    // No document has all four words: any of them, best first.
    let text = "consensus staffing agenda falls";
    let all = run(&index, &everything(text));
    assert!(all.total >= 4);
    let mut paged: Vec<(Kind, i64)> = Vec::new();
    for offset in 0..all.total {
        let r = run(
            &index,
            &Query {
                offset,
                limit: 1,
                ..everything(text)
            },
        );
        paged.extend(keys(&r));
    }
    assert_eq!(paged, keys(&all));
}

#[test]
fn upsert_replaces_and_delete_removes() {
    let index = index();
    assert_eq!(index.doc_count(), 6);
    let renamed = Doc {
        title: "Huddle boards".into(),
        body: "Daily huddles at the board.".into(),
        ..doc(Kind::Content, 2, "", "")
    };
    index.upsert(std::slice::from_ref(&renamed)).unwrap();
    assert_eq!(index.doc_count(), 6);
    assert_eq!(run(&index, &everything("timekeeper")).total, 0);
    let r = run(&index, &everything("huddle"));
    assert_eq!(keys(&r), [(Kind::Content, 2)]);
    assert_eq!(r.hits[0].title, "Huddle boards");

    // The same id of another kind is another document.
    index
        .upsert(&[doc(Kind::Project, 2, "Huddle pilot", "")])
        .unwrap();
    assert_eq!(index.doc_count(), 7);
    // Twice in one batch: the last one wins.
    index
        .upsert(&[
            doc(Kind::Project, 2, "First", ""),
            doc(Kind::Project, 2, "Second", ""),
        ])
        .unwrap();
    assert_eq!(index.doc_count(), 7);
    assert_eq!(run(&index, &everything("first")).total, 0);
    assert_eq!(run(&index, &everything("second")).total, 1);

    index.delete(Kind::Content, 2).unwrap();
    assert_eq!(index.doc_count(), 6);
    assert_eq!(run(&index, &everything("huddle")).total, 0);
    // Deleting what is not there is fine.
    index.delete(Kind::Person, 999).unwrap();
    assert_eq!(index.doc_count(), 6);
}

#[test]
fn rebuild_replaces_everything_and_reports_progress() {
    let index = index();
    let seen = RefCell::new(Vec::new());
    let docs = (0..2_500).map(|i| Ok(doc(Kind::Project, i, &format!("Project {i}"), "Rebuilt.")));
    let n = index
        .rebuild(docs, &|count| seen.borrow_mut().push(count))
        .unwrap();
    assert_eq!(n, 2_500);
    assert_eq!(*seen.borrow(), [1_000, 2_000, 2_500]);
    assert_eq!(index.doc_count(), 2_500);
    assert_eq!(run(&index, &everything("consensus")).total, 0);
    assert_eq!(run(&index, &everything("rebuilt")).total, 2_500);
    let empty = index.rebuild(std::iter::empty(), &|_| {}).unwrap();
    assert_eq!(empty, 0);
    assert_eq!(index.doc_count(), 0);
}

#[test]
fn a_rebuild_that_repeats_a_key_keeps_the_last_version_only() {
    let index = index();
    let docs = [
        doc(
            Kind::Project,
            7,
            "Falls huddle",
            "Early draft about xylophones.",
        ),
        doc(Kind::Project, 8, "Hand hygiene", "Another project."),
        doc(
            Kind::Content,
            7,
            "Same id, other kind",
            "Kept beside project seven.",
        ),
        doc(
            Kind::Project,
            7,
            "Falls huddle",
            "Final text about quokkas.",
        ),
    ];
    let n = index.rebuild(docs.into_iter().map(Ok), &|_| {}).unwrap();
    assert_eq!(n, 4);
    assert_eq!(index.doc_count(), 3);
    assert_eq!(run(&index, &everything("xylophones")).total, 0);
    assert_eq!(run(&index, &everything("quokkas")).total, 1);
    assert_eq!(run(&index, &everything("kept")).total, 1);
}

#[test]
fn a_rebuild_whose_documents_fail_keeps_the_old_index() {
    let index = SearchIndex::in_memory().unwrap();
    index
        .upsert(&[doc(Kind::Content, 91, "Kept page", "Zanzibar.")])
        .unwrap();
    let before = index.doc_count();
    let docs = (0..1_500).map(|i| {
        if i == 1_200 {
            Err(SearchError::Source("the database went away".into()))
        } else {
            Ok(doc(Kind::Project, i, &format!("Project {i}"), "Rebuilt."))
        }
    });
    let err = index.rebuild(docs, &|_| {}).unwrap_err();
    assert!(err.to_string().contains("the database went away"), "{err}");
    assert_eq!(index.doc_count(), before);
    assert_eq!(run(&index, &everything("zanzibar")).total, 1);
    assert_eq!(run(&index, &everything("rebuilt")).total, 0);
}

#[test]
fn snippets_mark_matches_and_escape_everything_else() {
    let index = SearchIndex::in_memory().unwrap();
    let body = format!(
        "{} <script>alert('x')</script> & the \"consensus\" rule <b>holds</b>. {}",
        "Lead text. ".repeat(30),
        "Trailing text. ".repeat(30)
    );
    index
        .upsert(&[
            doc(Kind::Content, 1, "Evil <title>", &body),
            Doc {
                summary: "A summary about <i>meetings</i>.".into(),
                ..doc(Kind::Content, 2, "No body", "")
            },
        ])
        .unwrap();
    let r = run(&index, &everything("consensus script"));
    let hit: &Hit = &r.hits[0];
    let html = &hit.snippet_html;
    assert!(html.contains("<mark>consensus</mark>"), "{html}");
    assert!(html.contains("&lt;<mark>script</mark>&gt;"), "{html}");
    assert!(html.contains("&amp;") && html.contains("&quot;"), "{html}");
    assert!(!html.contains("<script") && !html.contains("<b>"), "{html}");
    assert!(html.starts_with('…') && html.ends_with('…'), "{html}");
    let visible = html.replace("<mark>", "").replace("</mark>", "");
    assert!(visible.chars().count() < 280, "{html}");
    // Titles come back as plain text for the template to escape.
    assert_eq!(hit.title, "Evil <title>");

    // Summary when there is no body; stemmed forms are marked as typed in the text.
    let r = run(&index, &everything("meeting"));
    assert_eq!(
        r.hits[0].snippet_html,
        "A summary about &lt;i&gt;<mark>meetings</mark>&lt;/i&gt;."
    );
    // No text: the beginning of the body, escaped.
    let r = run(
        &index,
        &Query {
            kinds: vec![Kind::Content],
            ..everything("")
        },
    );
    let first = r.hits.iter().find(|h| h.id == 1).unwrap();
    assert!(first.snippet_html.starts_with("Lead text. Lead text."));
    assert!(!first.snippet_html.contains('<'));
}

#[test]
fn any_input_is_a_query() {
    let index = index();
    let long = "consensus ".repeat(500);
    let inputs = [
        "",
        " ",
        "\"",
        "\"\"",
        "\"three",
        "three\"",
        "\"three tests",
        "title:consensus",
        "consensus AND meeting",
        "NOT OR AND",
        "*",
        "cons*",
        "?",
        "(((",
        "a:b:c",
        "-consensus +meeting",
        "~2",
        "consensus^10",
        "\\\"escaped\\\"",
        "[1 TO 5]",
        "{}",
        "日本語の検索",
        "🙂🙂",
        "decisión àéîõü ß ø",
        "\u{0}\u{1}\u{200b}",
        "<script>alert(1)</script>",
        long.as_str(),
        "a \"b\" c \"d e\" \"",
        "1234 56",
    ];
    for text in inputs {
        for viewer in [Viewer::default(), Viewer::everything()] {
            for sort in [Sort::Relevance, Sort::Newest] {
                let q = Query {
                    viewer: viewer.clone(),
                    sort,
                    ..Query::text(text)
                };
                let r = index
                    .search(&q)
                    .unwrap_or_else(|e| panic!("{text:?} failed: {e}"));
                assert!(r.hits.len() <= r.total);
            }
        }
    }
    // Operators are words: "title:consensus" is "title consensus".
    let r = run(&index, &everything("title:consensus"));
    assert_eq!(r.total, run(&index, &everything("title consensus")).total);
    // An empty query lists; so does one made of separators only.
    assert_eq!(run(&index, &everything("*:?")).total, 6);
    // Odd limits and offsets.
    let r = run(
        &index,
        &Query {
            limit: usize::MAX,
            offset: usize::MAX,
            ..everything("")
        },
    );
    assert!(r.hits.is_empty());
    assert_eq!(r.total, 6);
    let r = run(
        &index,
        &Query {
            limit: 0,
            ..everything("")
        },
    );
    assert_eq!(r.hits.len(), 6);
}

#[test]
fn spanish_is_stemmed_and_accents_are_optional() {
    let index = index();
    for q in [
        "decisiones",
        "decision",
        "decisión",
        "DECISIÓN",
        "consenso",
        "organizacion",
    ] {
        let r = run(&index, &everything(q));
        assert!(has(&r, Kind::Practice, 20), "{q}: {:?}", keys(&r));
    }
    // Spanish plural to singular: "reunión" finds "reuniones".
    let r = run(&index, &everything("reunión"));
    assert!(has(&r, Kind::Practice, 20), "{:?}", keys(&r));
    let r = run(
        &index,
        &Query {
            language: Some("es".into()),
            ..everything("decisiones")
        },
    );
    assert_eq!(keys(&r), [(Kind::Practice, 20)]);
    assert!(
        r.hits[0].snippet_html.contains("<mark>decisión</mark>"),
        "{}",
        r.hits[0].snippet_html
    );
}

#[test]
fn kinds_parse_and_label() {
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.code()), Some(kind));
        assert_eq!(Kind::parse(&kind.code().to_uppercase()), Some(kind));
        assert!(!kind.label().is_empty());
    }
    assert_eq!(Kind::parse("team"), None);
}

#[test]
fn on_disk_index_persists_and_is_recreated_when_its_layout_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("search");
    {
        let index = SearchIndex::open(&path).unwrap();
        assert!(index.created());
        index.upsert(&corpus()).unwrap();
    }
    std::fs::write(path.join("notes.txt"), "not ours").unwrap();
    {
        let index = SearchIndex::open(&path).unwrap();
        assert!(!index.created());
        assert_eq!(index.doc_count(), 6);
        assert!(has(
            &run(&index, &everything("concensus")),
            Kind::Content,
            1
        ));
    }
    // An index of another layout version is replaced by an empty one.
    std::fs::write(path.join("lmp-search.version"), "lmp-search 0").unwrap();
    {
        let index = SearchIndex::open(&path).unwrap();
        assert!(index.created());
        assert_eq!(index.doc_count(), 0);
        index.upsert(&corpus()[..2]).unwrap();
    }
    let index = SearchIndex::open(&path).unwrap();
    assert!(!index.created());
    assert_eq!(index.doc_count(), 2);
    assert!(path.join("notes.txt").exists());
}

#[test]
fn shared_between_threads_writes_are_seen_on_return() {
    fn assert_shareable<T: Clone + Send + Sync + 'static>() {}
    assert_shareable::<SearchIndex>();

    let index = index();
    std::thread::scope(|s| {
        for t in 0..2 {
            let index = index.clone();
            s.spawn(move || {
                for i in 0..20 {
                    let id = 1_000 + t * 100 + i;
                    index
                        .upsert(&[doc(Kind::Project, id, "Threaded upsert", "")])
                        .unwrap();
                    let r = run(
                        &index,
                        &Query {
                            limit: 100,
                            ..everything("threaded")
                        },
                    );
                    assert!(has(&r, Kind::Project, id));
                }
            });
        }
        let reader = index.clone();
        s.spawn(move || {
            for _ in 0..50 {
                run(&reader, &everything("consensus"));
            }
        });
    });
    assert_eq!(index.doc_count(), 46);
}
