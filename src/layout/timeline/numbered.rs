//! Numbered labelling, for canvases too small to label every mark in place: a number beside
//! each mark and, under the lanes, a list of what each number stands for.

use super::fan::fan;
use super::key::{self, Numbered};
use super::labels::{block, LabelBlock};
use super::placement::{Placement, Slot, MAX_LABELS};
use super::plan::{place_all, words, Lane, Mode, NowLabel, Plan, LIST_GAP};
use super::scale::within;
use crate::layout::frame::is_narrow;
use crate::layout::Ctx;
use crate::scene::Paint;
use crate::text::Font;

/// Room between two numbers in a row.
const NUMBER_GAP: f64 = 5.0;
/// Least leader length to a number: numbers sit close to their marks.
const NUMBER_LEAD: f64 = 6.0;

/// Numbers beside the marks and the list of what they stand for, if at least one list row
/// fits under the lanes in `avail` px.
pub fn numbered(ctx: &Ctx, lanes: &[Lane], (lo, hi): (f64, f64), avail: f64, now: &NowLabel) -> Option<Plan> {
    // Neither fanned out in one row nor placed in rows can a lane's numbers go past the
    // placer's limit, so nothing is measured for such a lane.
    if lanes.iter().any(|lane| lane.marks.len() >= MAX_LABELS) {
        return None;
    }
    let number_font = Font::bold(10.0);
    let list_font = Font::regular(if is_narrow(ctx.width) { 10.5 } else { 11.0 });
    let mut n = 0;
    let mut blocks = Vec::new();
    let mut entries = Vec::new();
    for lane in lanes {
        let mut lane_blocks = Vec::new();
        for mk in &lane.marks {
            n += 1;
            let mut b = block(&n.to_string(), "", number_font, 40.0, 1, ctx.measure);
            b.paint = Paint::ink(lane.role);
            lane_blocks.push(b);
            let (label, date) = words(ctx.ds, mk);
            entries.push((n, lane.role, label, date));
        }
        blocks.push(lane_blocks);
    }
    let plan = match fanned(lanes, &blocks, (lo, hi), now) {
        Some((places, now_slot)) => {
            Plan { mode: Mode::Bare, blocks, places, now: Some(now_slot), lead: NUMBER_LEAD }
        }
        None => {
            let variants: Vec<Vec<Vec<LabelBlock>>> =
                blocks.into_iter().map(|lane| lane.into_iter().map(|b| vec![b]).collect()).collect();
            place_all(lanes, &variants, 1, (lo, hi), now)?
        }
    };
    let plan = Plan { lead: NUMBER_LEAD, ..plan };
    let room = avail - plan.rows_height() - LIST_GAP;
    let (_, col_w) = key::columns(hi - lo);
    // A little short of the column, as a real font may set wider than the estimate.
    let text_w = ((col_w - key::NUMBER_W) * 0.96).max(40.0);
    let list_for = |lines: usize| {
        let list: Vec<Numbered> = entries
            .iter()
            .map(|(n, r, label, date)| Numbered {
                number: n.to_string(),
                paint: Paint::ink(*r),
                block: block(label, date, list_font, text_w, lines, ctx.measure),
            })
            .collect();
        let layout = key::plan(&list, hi - lo, room, list_font.line_height(), ctx.interactive);
        (list, layout)
    };
    let (list, layout) = match list_for(2) {
        two if two.1.more.is_none() => two,
        _ => list_for(1),
    };
    if layout.cells.is_empty() && !entries.is_empty() {
        return None;
    }
    Some(Plan { mode: Mode::Numbers(list, layout), ..plan })
}

/// Each lane's numbers in one row, spread just enough to keep apart (and off the article
/// line in the first lane), with the article label in a row of its own beyond them: each
/// lane's placement and the article label's slot.
fn fanned(
    lanes: &[Lane],
    blocks: &[Vec<LabelBlock>],
    (lo, hi): (f64, f64),
    now: &NowLabel,
) -> Option<(Vec<Placement>, Slot)> {
    let mut places = Vec::new();
    for (k, (lane, bs)) in lanes.iter().zip(blocks).enumerate() {
        let anchors: Vec<f64> = lane.marks.iter().map(|m| m.anchor()).collect();
        let widths: Vec<f64> = bs.iter().map(|b| b.width).collect();
        let keep_clear = (k == 0).then_some(now.x);
        let lefts = fan(&anchors, &widths, (lo, hi), NUMBER_GAP, keep_clear)?;
        let slots = lefts
            .iter()
            .zip(&widths)
            .map(|(l, w)| Slot { left: *l, row: 0, variant: 0, attach: l + w / 2.0 })
            .collect();
        let height = bs.iter().map(|b| b.height).fold(0.0, f64::max);
        let rows = if bs.is_empty() { Vec::new() } else { vec![height] };
        places.push(Placement { slots, rows });
    }
    let first = places.first_mut()?;
    let w = now.block.width;
    let row = first.rows.len();
    first.rows.push(now.block.height);
    let now_slot = Slot { left: within(now.x - w / 2.0, lo, hi - w), row, variant: 0, attach: now.x };
    Some((places, now_slot))
}
