//! The comment step of a recommendation, decided once for every prompter:
//! with `--editor` the editor opens first; a comment the reply already holds
//! is shown and kept, edited, typed anew or deleted; otherwise one is typed.
//! An editor that fails leaves the person where they were. The prompters
//! only show and read ([`Prompter::show_comment`], [`Prompter::comment_action`],
//! [`Prompter::type_comment`], [`Prompter::edit_comment`]).

use crate::reply::Choice;
use crate::schema::CommentRule;

use super::prompt::{CommentAction, Draft, ItemView, Prompter, Response, Stop};

/// Asks for the comment that goes with `choice` (`None`: no comment). `Back`
/// returns to the choice of the same recommendation.
/// `editor_failed` is set when the editor, opened first (`--editor`),
/// failed: the walk then stops opening it first, rather than failing and
/// saying so again at every comment.
pub(crate) fn step(
    prompter: &mut dyn Prompter,
    view: &ItemView<'_>,
    choice: Choice,
    draft: &mut Draft<'_>,
    editor_failed: &mut bool,
) -> Result<Response<Option<String>>, Stop> {
    let mut response = decide(prompter, view, choice, draft, editor_failed)?;
    // A required comment left empty is said at once, with the offer to
    // write it now (once: leaving it empty is the person's choice).
    if response == Response::Value(None)
        && view.schema.comments.rule_for(choice) == CommentRule::Required
        && prompter.required_empty(view, choice)?
    {
        response = prompter.type_comment(view, choice, draft)?;
    }
    if let Response::Value(comment) = &response {
        prompter.comment_confirmed(view, choice, comment.as_deref())?;
    }
    Ok(response)
}

fn decide(
    prompter: &mut dyn Prompter,
    view: &ItemView<'_>,
    choice: Choice,
    draft: &mut Draft<'_>,
    editor_failed: &mut bool,
) -> Result<Response<Option<String>>, Stop> {
    let existing = view.default_comment();
    if view.editor_first {
        match prompter.edit_comment(view, choice, existing)? {
            Some(comment) => return Ok(Response::Value(comment)),
            None => *editor_failed = true,
        }
    }
    let Some(existing) = existing else {
        return prompter.type_comment(view, choice, draft);
    };
    prompter.show_comment(view, existing)?;
    loop {
        let action = match prompter.comment_action(view)? {
            Response::Value(action) => action,
            Response::Nav(nav) => return Ok(Response::Nav(nav)),
        };
        match action {
            CommentAction::Keep => return Ok(Response::Value(Some(existing.to_string()))),
            CommentAction::Edit => {
                if let Some(comment) = prompter.edit_comment(view, choice, Some(existing))? {
                    return Ok(Response::Value(comment));
                }
            }
            CommentAction::Retype => return prompter.type_comment(view, choice, draft),
            CommentAction::Delete => return Ok(Response::Value(None)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fill::prompt::{Nav, Origin};
    use crate::fill::scripted::{Scripted, Step, comment};
    use crate::reply::Answer;
    use crate::schema::Schema;

    /// Plays `steps` through the comment step of I.2, whose reply holds
    /// `existing`; returns the result and the prompts asked.
    fn play(
        existing: Option<&str>,
        editor_first: bool,
        steps: Vec<Step>,
    ) -> (Response<Option<String>>, Scripted) {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let mut prompter = Scripted::new(&schema, dir.path().join("reply.json"), steps);
        let answer = Answer::new(Some(Choice::Yes), existing);
        let view = ItemView {
            default: Some(&answer),
            origin: Origin::Current,
            editor_first,
            ..ItemView::for_test(&schema, "I.2", 1)
        };
        let got = step(
            &mut prompter,
            &view,
            Choice::Yes,
            &mut |_, _| Ok(()),
            &mut false,
        )
        .unwrap();
        assert!(prompter.finished(), "the script was not played to its end");
        (got, prompter)
    }

    fn some(text: &str) -> Response<Option<String>> {
        Response::Value(Some(text.to_string()))
    }

    #[test]
    fn an_existing_comment_is_kept_or_deleted() {
        let keep = Step::Existing(Response::Value(CommentAction::Keep));
        let (got, p) = play(Some("Kept."), false, vec![keep]);
        assert_eq!(got, some("Kept."));
        assert_eq!(p.order(), ["existing:I.2"]);
        assert_eq!(
            p.confirmed,
            [("I.2".to_string(), Some("Kept.".to_string()))]
        );

        let delete = Step::Existing(Response::Value(CommentAction::Delete));
        let (got, p) = play(Some("Gone."), false, vec![delete]);
        assert_eq!(got, Response::Value(None));
        assert_eq!(p.confirmed, [("I.2".to_string(), None)]);
    }

    #[test]
    fn an_existing_comment_is_retyped_or_left_for_another_question() {
        let retype = Step::Existing(Response::Value(CommentAction::Retype));
        let (got, p) = play(Some("Old."), false, vec![retype, comment("New.")]);
        assert_eq!(got, some("New."));
        assert_eq!(p.order(), ["existing:I.2", "comment:I.2"]);

        let back = Step::Existing(Response::Nav(Nav::Back));
        let (got, p) = play(Some("Old."), false, vec![back]);
        assert_eq!(got, Response::Nav(Nav::Back));
        assert!(
            p.confirmed.is_empty(),
            "nothing to confirm when the person leaves"
        );
    }

    #[test]
    fn a_failed_editor_asks_again_what_to_do_with_the_comment() {
        let steps = vec![
            Step::Existing(Response::Value(CommentAction::Edit)),
            Step::Editor(None),
            Step::Existing(Response::Value(CommentAction::Edit)),
            Step::Editor(Some(Some("Edited.".into()))),
        ];
        let (got, p) = play(Some("Old."), false, steps);
        assert_eq!(got, some("Edited."));
        assert_eq!(
            p.order(),
            ["existing:I.2", "editor:I.2", "existing:I.2", "editor:I.2"]
        );
        assert_eq!(
            p.asked[1].default.as_deref(),
            Some("Old."),
            "the editor starts from it"
        );
    }

    #[test]
    fn editor_first_opens_the_editor_before_anything_else() {
        let (got, p) = play(
            None,
            true,
            vec![Step::Editor(Some(Some("Written.".into())))],
        );
        assert_eq!(got, some("Written."));
        assert_eq!(p.order(), ["editor:I.2"]);

        // The editor failed: the comment is typed instead.
        let (got, p) = play(None, true, vec![Step::Editor(None), comment("Typed.")]);
        assert_eq!(got, some("Typed."));
        assert_eq!(p.order(), ["editor:I.2", "comment:I.2"]);

        // Failed with a comment already there: it is offered as usual.
        let keep = Step::Existing(Response::Value(CommentAction::Keep));
        let (got, p) = play(Some("Kept."), true, vec![Step::Editor(None), keep]);
        assert_eq!(got, some("Kept."));
        assert_eq!(p.order(), ["editor:I.2", "existing:I.2"]);
    }

    #[test]
    fn without_a_comment_one_is_typed() {
        let (got, p) = play(None, false, vec![comment("Typed.")]);
        assert_eq!(got, some("Typed."));
        assert_eq!(p.order(), ["comment:I.2"]);
    }
}
