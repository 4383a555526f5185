//! Choosing how to label the marks: in place with leader lines when the canvas has room,
//! else numbers beside the marks with a numbered list, else the marks alone.

use super::key::{ListPlan, Numbered};
use super::labels::{block, LabelBlock};
use super::marks::Mark;
use super::numbered::numbered;
pub use super::placement::ROW_GAP;
use super::placement::{place, Item, Placement, Slot, MAX_LABELS};
use super::scale::{is_expected, short_when};
use crate::dataset::date::When;
use crate::dataset::model::{Dataset, Role};
use crate::layout::clamp;
use crate::layout::Ctx;
use crate::text::Font;

/// Least leader length between a lane's marks and its nearest label row.
pub const LEAD: f64 = 8.0;
/// Space between the lanes and a numbered list under them.
pub const LIST_GAP: f64 = 8.0;
/// Most label rows a lane may stack, which also bounds the work on huge datasets.
const MAX_ROWS: usize = 40;
/// Longest label, in lines, before it is ellipsized (the tooltip has it in full).
const MAX_LABEL_LINES: usize = 3;

/// One lane: its side, its marks in reading order, and how many sub-tracks they use.
pub struct Lane {
    /// Whose events.
    pub role: Role,
    /// Labels stack upwards (above the axis) or downwards.
    pub up: bool,
    /// Marks in reading order.
    pub marks: Vec<Mark>,
    /// Sub-tracks used.
    pub tracks: usize,
}

/// How the marks are labelled.
pub enum Mode {
    /// Every mark has its words beside it.
    Labels,
    /// Marks carry numbers; the list under the lanes says what each is.
    Numbers(Vec<Numbered>, ListPlan),
    /// Marks alone; their hit regions tell the rest.
    Bare,
}

/// The chosen labelling: one block and slot per mark, per lane.
pub struct Plan {
    /// How marks are labelled.
    pub mode: Mode,
    /// Per lane: the blocks of its marks, in mark order.
    pub blocks: Vec<Vec<LabelBlock>>,
    /// Per lane: where those blocks go.
    pub places: Vec<Placement>,
    /// Where the article-date label goes among the first lane's labels.
    pub now: Option<Slot>,
    /// Least leader length between marks and the nearest row.
    pub lead: f64,
}

/// The article-date label and where its line is.
pub struct NowLabel {
    /// x of the line.
    pub x: f64,
    /// The words.
    pub block: LabelBlock,
}

impl Plan {
    /// Height the label rows of every lane take, leaders included.
    pub fn rows_height(&self) -> f64 {
        self.places.iter().filter(|p| !p.rows.is_empty()).map(|p| self.lead + p.height(ROW_GAP)).sum()
    }
}

/// The date words after a label: "Jan 2006", "sometime Apr–17 Oct 2012", "expected 2014".
pub fn date_words(ds: &Dataset, when: &When) -> String {
    let short = short_when(when);
    if is_expected(ds, when) {
        format!("expected {short}")
    } else if matches!(when, When::Between { .. }) {
        format!("sometime {short}")
    } else {
        short
    }
}

/// A mark's label and date words; the date is left out when the label already says it
/// ("2007 Military Doctrine", 2007).
pub fn words(ds: &Dataset, mark: &Mark) -> (String, String) {
    let Some(e) = ds.events.get(mark.event) else { return (String::new(), String::new()) };
    let date = date_words(ds, &e.when);
    let said = date == short_when(&e.when) && crate::text::contains(&e.label, &date);
    (crate::describe::marked(&e.label, &e.kind), if said { String::new() } else { date })
}

/// Places each lane's blocks, choosing one wrapping per mark among its first `keep`, with the
/// article-date label among the first lane's (its line then crosses no nearer label); `None`
/// if a lane needs more than `MAX_ROWS` rows.
pub fn place_all(
    lanes: &[Lane],
    variants: &[Vec<Vec<LabelBlock>>],
    keep: usize,
    (lo, hi): (f64, f64),
    now: &NowLabel,
) -> Option<Plan> {
    let mut plan = Plan { mode: Mode::Labels, blocks: Vec::new(), places: Vec::new(), now: None, lead: LEAD };
    for (k, lane) in lanes.iter().enumerate() {
        let lane_variants: Vec<&[LabelBlock]> = variants
            .get(k)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|vs| vs.get(..keep).unwrap_or(vs))
            .collect();
        let mut items: Vec<Item> = lane
            .marks
            .iter()
            .zip(&lane_variants)
            .map(|(m, vs)| Item {
                anchor: m.anchor(),
                sizes: vs.iter().map(|b| (b.width, b.height)).collect(),
            })
            .collect();
        if k == 0 {
            items.push(Item { anchor: now.x, sizes: vec![(now.block.width, now.block.height)] });
        }
        let mut p = place(&items, lo, hi, MAX_ROWS)?;
        if k == 0 {
            plan.now = p.slots.pop();
        }
        let chosen = lane_variants
            .iter()
            .zip(&p.slots)
            .filter_map(|(vs, s)| vs.get(s.variant).or(vs.last()).cloned())
            .collect();
        plan.blocks.push(chosen);
        plan.places.push(p);
    }
    Some(plan)
}

/// Each mark's label wrapped at each of `widths`, per lane.
fn label_variants(ctx: &Ctx, lanes: &[Lane], font: Font, widths: &[f64]) -> Vec<Vec<Vec<LabelBlock>>> {
    let variants = |mk: &Mark| {
        let (label, date) = words(ctx.ds, mk);
        let mut vs: Vec<LabelBlock> = Vec::new();
        for w in widths {
            let b = block(&label, &date, font, *w, MAX_LABEL_LINES, ctx.measure);
            // A narrower wrap that breaks no differently is not worth searching.
            if vs.last().is_none_or(|last| last.lines != b.lines) {
                vs.push(b);
            }
        }
        vs
    };
    lanes.iter().map(|lane| lane.marks.iter().map(variants).collect()).collect()
}

/// Picks the richest labelling whose rows fit in `avail` px between `lo` and `hi`.
///
/// Labels are first tried wrapped wide only, then also narrower, since narrow wrapping saves
/// rows but reads worse.
pub fn choose(
    ctx: &Ctx,
    lanes: &[Lane],
    label_font: Font,
    (lo, hi): (f64, f64),
    avail: f64,
    now: &NowLabel,
) -> Plan {
    let widest = clamp((hi - lo) * 0.3, 180.0, 360.0).min((hi - lo) * 0.5);
    let widths = [widest, widest * 0.66, widest * 0.45];
    // A lane past the placer's limit cannot be labelled: its labels are not even wrapped.
    let placeable = lanes.iter().all(|lane| lane.marks.len() < MAX_LABELS);
    let all = if placeable { label_variants(ctx, lanes, label_font, &widths) } else { Vec::new() };
    for keep in (1..=widths.len()).filter(|_| placeable) {
        if let Some(plan) = place_all(lanes, &all, keep, (lo, hi), now).filter(|p| p.rows_height() <= avail) {
            return plan;
        }
    }
    if let Some(plan) = numbered(ctx, lanes, (lo, hi), avail, now) {
        return plan;
    }
    // Marks alone, with the article label if even that fits.
    let bare = place_all(lanes, &[], 0, (lo, hi), now).filter(|p| p.rows_height() <= avail);
    let empty = || Plan { mode: Mode::Bare, blocks: Vec::new(), places: Vec::new(), now: None, lead: LEAD };
    Plan { mode: Mode::Bare, ..bare.unwrap_or_else(empty) }
}
