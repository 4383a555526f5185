//! The lanes, the year axis and the article's "now" line, drawn into the area under the keys.

use super::key;
use super::labels::{self, block, LabelBlock};
use super::lane_name;
use super::marks::{self, mark_of, pack, Ink, MARK_H, TRACK_PITCH};
use super::placement::Slot;
use super::plan::{choose, Lane, Mode, NowLabel, Plan, LIST_GAP, ROW_GAP};
use super::scale::{mid, short_date, within, TimeScale};
use crate::dataset::model::Role;
use crate::layout::frame::is_narrow;
use crate::layout::Ctx;
use crate::scene::{Align, Datum, Paint, Rect, Scene, Shape};
use crate::text::Font;

/// Least height the lanes need: the year axis and one track per lane.
pub const MIN_HEIGHT: f64 = 19.0 + 2.0 * TRACK_PITCH;
/// Most sub-tracks a lane's overlapping marks may use before they share one.
const MAX_TRACKS: usize = 6;
/// Space between two lanes on the same side of the axis.
const LANE_GAP: f64 = 14.0;
/// Font of the note under unlabelled marks.
const NOTE_FONT: Font = Font::regular(11.0);

/// Fonts of the lanes, sized to the canvas.
struct Fonts {
    label: Font,
    name: Font,
    year: Font,
}

impl Fonts {
    fn for_width(width: f64) -> Self {
        let size = if is_narrow(width) {
            11.0
        } else if width >= 1100.0 {
            13.0
        } else {
            12.0
        };
        Fonts { label: Font::regular(size), name: Font::bold(size.min(12.0)), year: Font::regular(11.0) }
    }
}

/// Each lane's marks on the scale, overlapping ones spread onto at most `max_tracks`
/// sub-tracks.
fn build_lanes(ctx: &Ctx, lanes: &[(Role, Vec<usize>)], scale: &TimeScale, max_tracks: usize) -> Vec<Lane> {
    let lane = |(k, (role, ids)): (usize, &(Role, Vec<usize>))| {
        let mut marks: Vec<_> = ids.iter().filter_map(|i| mark_of(ctx.ds, *i, scale)).collect();
        let tracks = pack(&mut marks, max_tracks);
        Lane { role: *role, up: k == 0, marks, tracks }
    };
    lanes.iter().enumerate().map(lane).collect()
}

/// The article-date label: "Article, 17 Oct 2012".
fn now_label(ctx: &Ctx, scale: &TimeScale) -> NowLabel {
    let date = &ctx.ds.article.date;
    let text = format!("Article, {}", short_date(date));
    let mut b = block(&text, "", Font::bold(11.0), ctx.width, 1, ctx.measure);
    b.paint = Paint::Now;
    NowLabel { x: scale.x(mid(date)), block: b }
}

/// Draws the lanes, axis, "now" line, labels and hit regions into `area`.
pub fn draw(scene: &mut Scene, ctx: &Ctx, lanes: &[(Role, Vec<usize>)], area: Rect) {
    let fonts = Fonts::for_width(ctx.width);
    let gutter =
        lanes.iter().map(|(r, _)| ctx.measure.width(lane_name(*r), fonts.name)).fold(0.0, f64::max) + 10.0;
    let scale = TimeScale::for_dataset(ctx.ds, area.x + gutter, area.right() - 1.0);
    let axis_h = fonts.year.line_height() + 4.0;
    let fixed = |lanes: &[Lane]| {
        let tracks: f64 = lanes.iter().map(|l| l.tracks as f64 * TRACK_PITCH).sum();
        axis_h + tracks + lanes.len().saturating_sub(2) as f64 * LANE_GAP
    };
    let mut lanes_ids = build_lanes(ctx, lanes, &scale, MAX_TRACKS);
    if fixed(&lanes_ids) > area.h {
        lanes_ids = build_lanes(ctx, lanes, &scale, 1);
    }
    let lanes = lanes_ids;
    if fixed(&lanes) > area.h {
        return hits(scene, &lanes, &[], within(area.y, 0.0, ctx.height - marks::HIT));
    }
    let now = now_label(ctx, &scale);
    let avail = area.h - fixed(&lanes);
    // Estimated widths may fall a little short of a real font's; keep clear of the edge.
    let plan = choose(ctx, &lanes, fonts.label, (area.x, area.right() - 4.0), avail, &now);
    let note = note(ctx, &plan.mode);
    let list_h = match (&plan.mode, &note) {
        (Mode::Numbers(_, list), _) => list.height + LIST_GAP,
        (_, Some(_)) => NOTE_FONT.line_height() + LIST_GAP,
        _ => 0.0,
    };
    let geo = Geometry::spaced(scale, &plan, (avail - plan.rows_height() - list_h).max(0.0));
    let ys = geo.stack(&lanes, &plan, area.y + geo.top_pad, axis_h);
    geo.grid(scene, ctx, (area.y + geo.top_pad, ys.bottom), ys.axis, fonts.year);
    let now_bottom = ys.lanes.get(1).map_or(ys.axis, |l| l.tracks_top + l.tracks as f64 * TRACK_PITCH);
    if let (Some(slot), Some(y0), Some(p0)) = (&plan.now, ys.lanes.first(), plan.places.first()) {
        let top = y0.block_top(&p0.rows, slot, now.block.height);
        Geometry::now_line(scene, ctx, &now, (slot, top), now_bottom);
    }
    for (k, lane) in lanes.iter().enumerate() {
        let y = ys.lanes.get(k).copied().unwrap_or_default();
        lane_name_text(scene, ctx, lane, &y, area.x, fonts.name);
        geo.lane(scene, ctx, lane, &plan, k, &y);
    }
    if let Mode::Numbers(entries, list) = &plan.mode {
        key::draw_list(scene, ctx, entries, list, (area.x, ys.bottom + LIST_GAP), area.w);
    }
    if let Some(note) = note {
        draw_note(scene, ctx, note, ys.bottom + LIST_GAP, area);
    }
    hits(scene, &lanes, &ys.lanes, area.y);
}

/// Every mark's hit region, lane by lane in reading order; at `fallback_y` when the lanes
/// had no room to be drawn.
fn hits(scene: &mut Scene, lanes: &[Lane], ys: &[LaneY], fallback_y: f64) {
    for (k, lane) in lanes.iter().enumerate() {
        for mk in &lane.marks {
            let cy = ys.get(k).map_or(fallback_y + marks::HIT / 2.0, |y| y.track(mk.track));
            let (x0, x1) = mk.hit_span();
            scene.hit(Rect::new(x0, cy - marks::HIT / 2.0, x1 - x0, marks::HIT), Datum::Event(mk.event));
        }
    }
}

/// One muted line at `top`, if it fits above the bottom of `area`.
fn draw_note(scene: &mut Scene, ctx: &Ctx, note: String, top: f64, area: Rect) {
    let font = NOTE_FONT;
    if top + font.line_height() > area.bottom() {
        return;
    }
    let note = key::ellipsize_to(&note, font, area.w, ctx.measure);
    let w = ctx.measure.width(&note, font);
    scene.text(note, (area.x, top + font.line_height() / 2.0), font, Paint::Muted, Align::Left, w);
}

/// What to say under the lanes when marks carry no words at all.
fn note(ctx: &Ctx, mode: &Mode) -> Option<String> {
    match (mode, ctx.ds.events.len(), ctx.interactive) {
        (_, 0, _) => Some("No dated events in the data".to_string()),
        (Mode::Bare, 1, true) => Some("1 event: hover or tap its mark for details".to_string()),
        (Mode::Bare, n, true) => Some(format!("{n} events: hover or tap a mark for details")),
        (Mode::Bare, 1, false) => Some("1 event: its details are in the data".to_string()),
        (Mode::Bare, n, false) => Some(format!("{n} events: their details are in the data")),
        _ => None,
    }
}

fn lane_name_text(scene: &mut Scene, ctx: &Ctx, lane: &Lane, y: &LaneY, x: f64, font: Font) {
    let name = lane_name(lane.role);
    let w = ctx.measure.width(name, font);
    let mid_y = y.tracks_top + lane.tracks as f64 * TRACK_PITCH / 2.0;
    scene.text(name, (x, mid_y), font, Paint::ink(lane.role), Align::Left, w);
}

/// Where one lane's tracks and labels sit vertically.
#[derive(Debug, Clone, Copy, Default)]
struct LaneY {
    /// Top of the tracks.
    tracks_top: f64,
    /// Sub-tracks.
    tracks: usize,
    /// Labels stack upward from `rows_edge` (true) or downward.
    up: bool,
    /// The label rows' edge nearest the marks.
    rows_edge: f64,
    /// Space between label rows.
    row_gap: f64,
}

impl LaneY {
    /// Centre y of sub-track `k` (0 lies next to the labels).
    fn track(&self, k: usize) -> f64 {
        let k = k.min(self.tracks.saturating_sub(1)) as f64;
        if self.up {
            self.tracks_top + TRACK_PITCH * (k + 0.5)
        } else {
            self.tracks_top + TRACK_PITCH * (self.tracks as f64 - k - 0.5)
        }
    }

    /// Top of a block of height `h` in its slot's row, flush with the row's edge nearest
    /// the marks so every leader is as short as it can be.
    fn block_top(&self, rows: &[f64], slot: &Slot, h: f64) -> f64 {
        let before: f64 = rows.iter().take(slot.row).map(|r| r + self.row_gap).sum();
        if self.up {
            self.rows_edge - before - h
        } else {
            self.rows_edge + before
        }
    }
}

struct Ys {
    axis: f64,
    bottom: f64,
    lanes: Vec<LaneY>,
}

struct Geometry {
    scale: TimeScale,
    lead: f64,
    row_gap: f64,
    top_pad: f64,
}

impl Geometry {
    /// Lets spare height lengthen the leaders and open up the rows, up to a point; the rest
    /// is split above and below the lanes.
    fn spaced(scale: TimeScale, plan: &Plan, spare: f64) -> Self {
        let labelled = plan.places.iter().filter(|p| !p.rows.is_empty()).count() as f64;
        let gaps = plan.places.iter().map(|p| p.rows.len().saturating_sub(1)).sum::<usize>() as f64;
        let more_lead = if labelled > 0.0 { (spare * 0.6 / labelled).min(80.0) } else { 0.0 };
        let more_gap = if gaps > 0.0 { (spare * 0.2 / gaps).min(10.0) } else { 0.0 };
        let rest = spare - more_lead * labelled - more_gap * gaps;
        Geometry {
            scale,
            lead: plan.lead + more_lead,
            row_gap: ROW_GAP + more_gap,
            top_pad: rest.max(0.0) / 2.0,
        }
    }

    /// Stacks the lanes from `top`: the first above the axis, the rest below it.
    fn stack(&self, lanes: &[Lane], plan: &Plan, top: f64, axis_h: f64) -> Ys {
        let rows_h = |k: usize| {
            plan.places
                .get(k)
                .filter(|p| !p.rows.is_empty())
                .map_or(0.0, |p| self.lead + p.height(self.row_gap))
        };
        let mut y = top;
        let mut ys = Ys { axis: y, bottom: y, lanes: Vec::new() };
        for (k, lane) in lanes.iter().enumerate() {
            let th = lane.tracks as f64 * TRACK_PITCH;
            let rh = rows_h(k);
            // Lanes above the axis grow upwards from it, lanes below grow downwards.
            let (tracks_top, rows_edge) = if lane.up {
                (y + rh, y + rh - self.lead)
            } else {
                if k > 1 {
                    y += LANE_GAP;
                }
                (y, y + th + self.lead)
            };
            ys.lanes.push(LaneY {
                tracks_top,
                tracks: lane.tracks,
                up: lane.up,
                rows_edge,
                row_gap: self.row_gap,
            });
            y += rh + th;
            if lane.up {
                ys.axis = y;
                y += axis_h;
            }
        }
        ys.bottom = y;
        ys
    }

    /// Year lines across the lanes and the band of year labels between them.
    fn grid(&self, scene: &mut Scene, ctx: &Ctx, (top, bottom): (f64, f64), axis_y: f64, font: Font) {
        let s = &self.scale;
        let axis_h = font.line_height() + 4.0;
        scene.fill(Rect::new(s.x0, axis_y, s.x1 - s.x0, axis_h), Paint::Grid);
        for year in s.from_year..=s.to_year {
            let x = s.x(f64::from(year));
            scene.line((x, top), (x, bottom), Paint::Grid, 1.0);
            scene.line((x, axis_y), (x, axis_y + axis_h), Paint::Background, 1.0);
        }
        let label_w = ctx.measure.width("0000", font);
        for year in s.labelled_years(label_w) {
            let label = year.to_string();
            let w = ctx.measure.width(&label, font);
            let x = within(s.x(f64::from(year) + 0.5), s.x0 + w / 2.0, s.x1 - w / 2.0);
            scene.text(label, (x, axis_y + axis_h / 2.0), font, Paint::Text, Align::Center, w);
        }
    }

    /// The article's date: its label in its slot, and a line from it down across both tracks.
    fn now_line(scene: &mut Scene, ctx: &Ctx, now: &NowLabel, (slot, top): (&Slot, f64), bottom: f64) {
        let (x, b) = (now.x, &now.block);
        let label_bottom = top + b.height;
        scene.line((x, label_bottom), (x, bottom), Paint::Now, 1.0);
        let points = vec![(x - 4.0, label_bottom), (x + 4.0, label_bottom), (x, label_bottom + 5.0)];
        scene.shapes.push(Shape::Polygon { points, paint: Paint::Now });
        labels::draw(scene, b, (slot.left, top), false, ctx.measure);
    }

    /// One lane: leaders, marks, then the label blocks over them.
    fn lane(&self, scene: &mut Scene, ctx: &Ctx, lane: &Lane, plan: &Plan, k: usize, y: &LaneY) {
        let (Some(blocks), Some(place)) = (plan.blocks.get(k), plan.places.get(k)) else {
            return self.marks(scene, lane, y);
        };
        let placed: Vec<(&marks::Mark, &Slot, &LabelBlock, f64)> = lane
            .marks
            .iter()
            .zip(&place.slots)
            .zip(blocks)
            .map(|((mk, slot), b)| (mk, slot, b, y.block_top(&place.rows, slot, b.height)))
            .collect();
        for &(mk, slot, b, top) in &placed {
            leader(scene, y, mk, slot, if y.up { top + b.height } else { top });
        }
        self.marks(scene, lane, y);
        for &(mk, slot, b, top) in &placed {
            let flush_right = slot.left + b.width <= mk.anchor();
            labels::draw(scene, b, (slot.left, top), flush_right, ctx.measure);
        }
    }

    fn marks(&self, scene: &mut Scene, lane: &Lane, y: &LaneY) {
        let ink = Ink { solid: Paint::Side(lane.role), tint: Paint::Tint(lane.role) };
        for mk in &lane.marks {
            marks::draw(scene, mk.kind, mk.expected, (mk.x0, mk.x1), y.track(mk.track), ink);
        }
    }
}

/// A leader from a mark to its block: straight up or down, or, for a block fanned out
/// sideways, straight out of the tracks and then slanting to the block.
fn leader(scene: &mut Scene, y: &LaneY, mk: &marks::Mark, slot: &Slot, block_edge: f64) {
    let (a, cy) = (mk.anchor(), y.track(mk.track));
    let (mark_edge, tracks_edge) = if y.up {
        (cy - MARK_H / 2.0, y.tracks_top)
    } else {
        (cy + MARK_H / 2.0, y.tracks_top + y.tracks as f64 * TRACK_PITCH)
    };
    if (slot.attach - a).abs() < 0.5 {
        scene.line((a, mark_edge), (a, block_edge), Paint::Axis, 1.0);
    } else {
        scene.line((a, mark_edge), (a, tracks_edge), Paint::Axis, 1.0);
        scene.line((a, tracks_edge), (slot.attach, block_edge), Paint::Axis, 1.0);
    }
}
