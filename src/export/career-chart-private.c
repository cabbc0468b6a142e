/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <math.h>

#include "career-chart-private.h"

#define FONT_FAMILY "Sans"

/* Starts drawing a chart in (0, 0, @width, @height): saves @cr's state and
 * paints @palette's background.  Returns %FALSE, having done nothing, when
 * the size is no size; else end with career_chart_end(). */
gboolean
career_chart_begin (cairo_t             *cr,
                    const CareerPalette *palette,
                    double               width,
                    double               height)
{
  if (!isfinite (width) || !isfinite (height) || width < 1 || height < 1)
    return FALSE;

  cairo_save (cr);
  cairo_new_path (cr);

  if (palette->background.alpha > 0)
    {
      career_color_set_source (cr, &palette->background, 1);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }

  return TRUE;
}

/* Leaves @cr as career_chart_begin() found it */
void
career_chart_end (cairo_t *cr)
{
  cairo_new_path (cr);
  cairo_restore (cr);
}

/* A series' line: solid, or dashed with dashes that grow with the line */
void
career_chart_set_dash (cairo_t  *cr,
                       gboolean  dashed,
                       double    line_width)
{
  double dashes[] = { 3 * line_width, 2 * line_width };

  cairo_set_dash (cr, dashes, dashed ? G_N_ELEMENTS (dashes) : 0, 0);
}

void
career_chart_label_clear (CareerChartLabel *label)
{
  g_clear_object (&label->layout);
}

void
career_chart_label_init (CareerChartLabel *label,
                         cairo_t          *cr,
                         const char       *text,
                         double            font_px,
                         double            max_width,
                         int               max_lines,
                         PangoWrapMode     wrap,
                         PangoAlignment    alignment)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoRectangle ink, logical;
  int left, top, right, bottom;

  career_chart_label_clear (label);
  label->layout = pango_cairo_create_layout (cr);
  pango_font_description_set_absolute_size (font, font_px * PANGO_SCALE);
  pango_layout_set_font_description (label->layout, font);
  pango_layout_set_text (label->layout, text, -1);
  pango_layout_set_width (label->layout, (int) (MAX (max_width, 1) * PANGO_SCALE));
  /* With PANGO_WRAP_WORD words stay whole (no "Programm-ing"), and a word
   * wider than the width overflows it, which the caller sees in @broken and
   * in the box. */
  pango_layout_set_wrap (label->layout, wrap);
  pango_layout_set_ellipsize (label->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (label->layout, -MAX (max_lines, 1));
  pango_layout_set_alignment (label->layout, alignment);

  pango_layout_get_pixel_extents (label->layout, &ink, &logical);
  left = MIN (ink.x, logical.x);
  top = MIN (ink.y, logical.y);
  right = MAX (ink.x + ink.width, logical.x + logical.width);
  bottom = MAX (ink.y + ink.height, logical.y + logical.height);
  label->box = (PangoRectangle) { left, top, right - left, bottom - top };
  label->broken = logical.width > max_width + 1 || pango_layout_is_ellipsized (label->layout);
}

void
career_chart_label_draw (cairo_t                *cr,
                         const CareerChartLabel *label)
{
  cairo_move_to (cr, label->x - label->box.x, label->y - label->box.y);
  pango_cairo_show_layout (cr, label->layout);
}

/* Lays the legend out in centered rows of (swatch, name) items, @available
 * wide.  Returns its height, 0 when there is nothing to show. */
double
career_chart_legend_layout (cairo_t               *cr,
                            CareerChartLegendItem *items,
                            guint                  n_items,
                            double                 font_px,
                            double                 available)
{
  double swatch = font_px * 2, swatch_gap = ceil (font_px * 0.4);
  double item_gap = font_px * 1.2, row_gap = ceil (font_px * 0.3);
  double x = 0, row_h = 0, height = 0;
  guint row = 0;

  if (n_items == 0 || available - swatch - swatch_gap < font_px * 2)
    return 0;

  for (guint s = 0; s < n_items; s++)
    {
      CareerChartLegendItem *item = &items[s];

      career_chart_label_init (&item->label, cr, item->name != NULL ? item->name : "", font_px,
                               available - swatch - swatch_gap, 1, PANGO_WRAP_WORD,
                               PANGO_ALIGN_LEFT);
      item->width = swatch + swatch_gap + item->label.box.width;
      if (x > 0 && x + item_gap + item->width > available)
        {
          height += row_h + row_gap;
          row++;
          x = row_h = 0;
        }
      if (x > 0)
        x += item_gap;
      item->row = row;
      item->label.x = x;  /* relative to the row for now */
      x += item->width;
      row_h = MAX (row_h, MAX (item->label.box.height, font_px));
    }

  return height + row_h;
}

/* Where a legend @legend_h high goes in a chart @height high: @spacing
 * below the plot, which ends at @chart_bottom, or alone in the middle when
 * there is no plot (NAN); inside the margins either way. */
double
career_chart_legend_top (double legend_h,
                         double chart_bottom,
                         double height,
                         double margin,
                         double spacing)
{
  double top = isnan (chart_bottom) ? (height - legend_h) / 2 : chart_bottom + spacing;

  return CLAMP (top, margin, height - margin - legend_h);
}

/* Draws the legend that career_chart_legend_layout() laid out, its rows
 * centered in @width from @top.  With @dot, a dot of that radius marks the
 * middle of each swatch. */
void
career_chart_legend_draw (cairo_t               *cr,
                          CareerChartLegendItem *items,
                          guint                  n_items,
                          const CareerPalette   *palette,
                          double                 font_px,
                          double                 line_width,
                          double                 dot,
                          double                 width,
                          double                 top)
{
  double swatch = font_px * 2, swatch_gap = ceil (font_px * 0.4);
  double row_gap = ceil (font_px * 0.3);
  double y = top;

  for (guint s = 0; s < n_items;)
    {
      guint row = items[s].row, end = s;
      double row_w = 0, row_h = font_px, left;

      while (end < n_items && items[end].row == row)
        {
          row_w = items[end].label.x + items[end].width;
          row_h = MAX (row_h, items[end].label.box.height);
          end++;
        }
      left = (width - row_w) / 2;

      for (; s < end; s++)
        {
          CareerChartLegendItem *item = &items[s];
          const CareerColor *color = career_palette_get_series_color (palette, item->color);
          double x = left + item->label.x, mid = y + row_h / 2;

          if (item->filled)
            {
              career_color_set_source (cr, color, palette->fill_alpha);
              cairo_rectangle (cr, x, mid - font_px * 0.4, swatch, font_px * 0.8);
              cairo_fill (cr);
            }
          career_color_set_source (cr, color, 1);
          cairo_set_line_width (cr, line_width);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          career_chart_set_dash (cr, item->dashed, line_width);
          cairo_move_to (cr, x, mid);
          cairo_line_to (cr, x + swatch, mid);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
          if (dot > 0)
            {
              cairo_arc (cr, x + swatch / 2, mid, dot, 0, 2 * G_PI);
              cairo_fill (cr);
            }

          item->label.x = x + swatch + swatch_gap;
          item->label.y = mid - item->label.box.height / 2;
          career_color_set_source (cr, &palette->foreground, 1);
          career_chart_label_draw (cr, &item->label);
        }
      y += row_h + row_gap;
    }
}

void
career_chart_legend_clear (CareerChartLegendItem *items,
                           guint                  n_items)
{
  for (guint s = 0; s < n_items; s++)
    career_chart_label_clear (&items[s].label);
}
