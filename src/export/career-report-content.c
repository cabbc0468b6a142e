/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The sections of the report, from the plan and the catalog: the cover, the
 * comparison of the two paths, the skills, the degree plan (terms, time and
 * cost, the audit, the projection of the skills), other learning,
 * recommendations and the sources of every figure.
 */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "career-analysis.h"
#include "career-audit.h"
#include "career-format.h"
#include "career-plan-check.h"
#include "career-plan-cost.h"
#include "career-progress-history.h"
#include "career-projection.h"
#include "career-recommend.h"
#include "career-report-private.h"
#include "career-skill-status.h"

#define N_RECOMMENDATIONS 8
#define MAX_AUDIT_INDENT 6

typedef struct
{
  CareerReport              *report;
  CareerPlan                *plan;
  CareerCatalog             *catalog;
  const CareerReportOptions *options;
  ReportFlow                 flow;

  CareerRole                *target;
  CareerRole                *roles[2];   /* the two paths compared, any target first */
  CareerRole                *chart_roles[2];  /* the same in the Compare view's order */
  guint                      n_roles;
  CareerProgram             *program;
  const char                *specialization_id;
  CareerPlanCheck           *check;
  CareerPlanCost            *cost;
} Build;

/* The sections, in order, with the title of each: the same string names a
 * section in its heading, the outline, the contents and the running header */
typedef enum
{
  SECTION_COMPARISON,
  SECTION_SKILLS,
  SECTION_DEGREE,
  SECTION_TERMS,
  SECTION_COST,
  SECTION_AUDIT,
  SECTION_PROJECTION,
  SECTION_OTHER_LEARNING,
  SECTION_RECOMMENDATIONS,
  SECTION_SOURCES,
  N_SECTIONS,
} Section;

static const char * const section_ids[N_SECTIONS] = {
  "comparison", "skills", "degree", "terms", "cost", "audit", "projection",
  "other-learning", "recommendations", "sources",
};

static const char *
section_title (Section section)
{
  switch (section)
    {
    case SECTION_COMPARISON:      return _("Path Comparison");
    case SECTION_SKILLS:          return _("Skills");
    case SECTION_DEGREE:          return _("Degree Plan");
    case SECTION_TERMS:           return _("Terms and Courses");
    case SECTION_COST:            return _("Time and Cost");
    case SECTION_AUDIT:           return _("Degree Audit");
    case SECTION_PROJECTION:      return _("Skill Projection");
    case SECTION_OTHER_LEARNING:  return _("Other Learning");
    case SECTION_RECOMMENDATIONS: return _("Recommendations");
    case SECTION_SOURCES:         return _("Sources");
    case N_SECTIONS:
    default:                      g_return_val_if_reached ("");
    }
}

static guint
section_level (Section section)
{
  return section >= SECTION_TERMS && section <= SECTION_PROJECTION ? 1 : 0;
}

static gboolean
has_section (Build   *b,
             Section  section)
{
  switch (section)
    {
    case SECTION_AUDIT:
      return b->program != NULL;
    case SECTION_PROJECTION:
      return g_list_model_get_n_items (career_plan_get_terms (b->plan)) > 0;
    default:
      return TRUE;
    }
}

static void
begin_section (Build   *b,
               Section  section)
{
  guint level = section_level (section);

  /* The long sections start on a page of their own; the short ones follow */
  report_flow_begin_section (&b->flow, section_title (section), level,
                             level == 0 && section != SECTION_OTHER_LEARNING &&
                             section != SECTION_RECOMMENDATIONS);
  g_ptr_array_add (b->report->section_ids, g_strdup (section_ids[section]));
}

/* Small texts */

static char *
level_text (guint level)
{
  /* Translators: a skill level: its number and name, as in "3 Proficient" */
  return g_strdup_printf (_("%1$u %2$s"), level, career_level_get_name (level));
}

static const char *
learning_kind_label (CareerLearningKind kind)
{
  switch (kind)
    {
    case CAREER_LEARNING_KIND_MOOC:        return _("Online course");
    case CAREER_LEARNING_KIND_CERTIFICATE: return _("Certificate");
    case CAREER_LEARNING_KIND_PROJECT:     return _("Project");
    case CAREER_LEARNING_KIND_OTHER:       return _("Other");
    default:                               g_return_val_if_reached ("");
    }
}

static const char *
skill_name (Build      *b,
            const char *skill_id)
{
  CareerSkill *skill = career_catalog_lookup_skill (b->catalog, skill_id);

  return skill ? career_skill_get_name (skill) : skill_id;
}

/* A course's code that does not break between lines: in lists of codes,
 * "GEN 1013" stays on one line */
static char *
unbroken (const char *code)
{
  g_auto(GStrv) words = g_strsplit (code, " ", -1);

  return g_strjoinv ("\xc2\xa0", words);  /* U+00A0 no-break space */
}

static char *
course_code (Build      *b,
             const char *course_id)
{
  CareerCourse *course = career_catalog_lookup_course (b->catalog, course_id);

  return unbroken (course ? career_course_get_code (course) : course_id);
}

/* A sum that leaves out the values not known: the sum itself when all are
 * known, "at least" the sum when some are, "Not known" when none is. */
static char *
bounded (char  *known_text,
         double known,
         guint  n_unknown)
{
  g_autofree char *text = known_text;

  if (n_unknown == 0)
    return g_steal_pointer (&text);
  if (known == 0)
    return g_strdup (_("Not known"));
  /* Translators: a lower bound, as in "at least 6 credits" */
  return g_strdup_printf (_("at least %s"), text);
}

/* One figure: what it is, what it measures and where, and its source */
static char *
figure_text (CareerFigure *figure)
{
  g_autofree char *title = career_format_figure (figure);
  g_autofree char *source = career_format_source (career_figure_get_source (figure));

  /* Translators: a salary or outlook figure in the PDF: the figure, what
   * it measures and where, then its source with its date */
  return g_strdup_printf (_("%1$s\n%2$s, %3$s\nSource: %4$s"), title,
                          career_figure_get_measures (figure),
                          career_figure_get_region (figure), source);
}

static char *
figure_text_at (GListModel *figures,
                guint       i)
{
  g_autoptr(CareerFigure) figure = NULL;

  if (figures == NULL)
    return NULL;
  if (i == 0 && g_list_model_get_n_items (figures) == 0)
    return g_strdup (_("No figures in the catalog"));
  figure = g_list_model_get_item (figures, i);
  return figure ? figure_text (figure) : g_strdup ("");
}

/* Rows of figures side by side, one figure of each role a row, so that a
 * table breaks between figures */
static void
figure_rows (Build      *b,
             const char *label,
             GListModel *a,
             GListModel *c)
{
  guint n = MAX (1, MAX (g_list_model_get_n_items (a), c ? g_list_model_get_n_items (c) : 0));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text_a = figure_text_at (a, i);
      g_autofree char *text_c = figure_text_at (c, i);
      const char *texts[] = { i == 0 ? label : "", text_a, text_c };
      ReportRow *row = report_table_row_new (&b->flow, texts, REPORT_STYLE_CELL);

      report_row_set_style (row, b->report, 0, REPORT_STYLE_CELL_BOLD);
      if (i > 0)
        row->rule_above = FALSE;
      report_flow_place_row (&b->flow, row);
      report_row_free (row);
    }
}

static char *
fit_text (CareerRole *role,
          CareerPlan *plan)
{
  CareerFit fit = career_analysis_fit_for_plan (role, plan);
  g_autofree char *percent = NULL;

  if (!fit.defined)
    return g_strdup (_("No fit figure: the role asks for no skill"));

  percent = career_format_percent (fit.percent);
  /* Translators: the fit figure, then how it is made */
  return g_strdup_printf (_("%s\nfrom the levels you rated, weighted by importance"), percent);
}

static char *
join_lines (const char * const *lines,
            const char         *bullet)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s%s", bullet, lines[i]);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The name of the plan's specialization, found in the program's tree */
static const char *
find_specialization_name (CareerRequirement *node,
                          const char        *id)
{
  if (node == NULL || id == NULL)
    return NULL;

  if (node->kind == CAREER_REQUIREMENT_SPECIALIZATION)
    {
      CareerSpecialization *option = career_requirement_find_option (node, id);

      if (option != NULL)
        return option->name;
    }

  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    {
      const char *name = find_specialization_name (g_ptr_array_index (node->children, i), id);

      if (name != NULL)
        return name;
    }
  return NULL;
}

static char *
program_text (Build *b)
{
  const char *program_id = career_plan_get_program_id (b->plan);
  const char *specialization;
  g_autofree char *text = NULL;

  if (b->program == NULL && (program_id == NULL || *program_id == '\0'))
    return g_strdup (_("None chosen"));
  if (b->program == NULL)
    /* Translators: %s is a program id */
    return g_strdup_printf (_("“%s”, which the catalog does not have"), program_id);

  /* Translators: a degree program: the institution, then the program's name */
  text = g_strdup_printf (_("%1$s, %2$s"), career_program_get_institution (b->program),
                          career_program_get_name (b->program));
  specialization = find_specialization_name (career_program_get_requirements (b->program),
                                             b->specialization_id);
  if (specialization != NULL)
    /* Translators: a program and the specialization chosen in it */
    return g_strdup_printf (_("%1$s; specialization: %2$s"), text, specialization);
  return g_steal_pointer (&text);
}

static char *
graduation_text (Build *b)
{
  CareerTerm *term = NULL;
  g_autofree char *label = NULL;

  if (b->program == NULL)
    return g_strdup (_("Not known: the plan has no program"));

  switch (career_plan_cost_get_graduation (b->cost, &term))
    {
    case CAREER_GRADUATION_IN_PLAN:
      label = career_term_dup_label (term);
      return g_steal_pointer (&label);
    case CAREER_GRADUATION_NOT_KNOWN:
      return g_strdup (_("Not known: the plan may complete the degree, but the catalog does not "
                         "say enough to tell"));
    case CAREER_GRADUATION_NOT_IN_PLAN:
    default:
      return g_strdup (_("Not within this plan: its courses do not complete the degree"));
    }
}

/* A two-column table of labels and values, without a heading */
static void
key_value_table (Build              *b,
                 const char * const *pairs,
                 guint               n_pairs)
{
  static const double fractions[] = { 0.32, 0.68 };
  ReportTable *table = report_table_new (&b->flow, 2, fractions, NULL, NULL);

  report_table_begin (&b->flow, table);
  for (guint i = 0; i < n_pairs; i++)
    {
      ReportRow *row;

      if (pairs[2 * i + 1] == NULL)
        continue;
      row = report_table_row_new (&b->flow, &pairs[2 * i], REPORT_STYLE_CELL);
      report_row_set_style (row, b->report, 0, REPORT_STYLE_CELL_BOLD);
      report_flow_place_row (&b->flow, row);
      report_row_free (row);
    }
  report_table_end (&b->flow);
  report_table_free (table);
}

/* The cover */

static void
build_cover (Build *b)
{
  ReportFlow *flow = &b->flow;
  const char *person = career_plan_get_person_name (b->plan);
  const char *target_id = career_plan_get_target_role_id (b->plan);
  g_autofree char *target = NULL;
  g_autofree char *program = program_text (b);
  g_autofree char *date = report_format_date (b->report->date);
  g_autofree char *fit = NULL;
  g_autofree char *graduation = NULL;
  double number_width = 48;

  report_flow_new_page (flow);
  g_ptr_array_add (b->report->section_ids, g_strdup ("cover"));
  /* The title a little way down the first page */
  flow->y += MIN (72, (flow->bottom - flow->top) / 8);

  report_flow_paragraph (flow, _("Career Plan"), REPORT_STYLE_SUBTITLE, REPORT_COLOR_MUTED);
  report_flow_paragraph (flow, b->report->title, REPORT_STYLE_TITLE, REPORT_COLOR_TEXT);
  report_flow_space (flow, 18);

  if (b->target != NULL)
    target = g_strdup (career_role_get_title (b->target));
  else if (target_id != NULL && *target_id != '\0')
    /* Translators: %s is a role id */
    target = g_strdup_printf (_("“%s”, which the catalog does not have"), target_id);
  else
    target = g_strdup (_("None chosen"));

  if (b->target != NULL)
    {
      CareerFit f = career_analysis_fit_for_plan (b->target, b->plan);

      if (f.defined)
        fit = career_format_percent (f.percent);
    }
  if (b->program != NULL)
    graduation = graduation_text (b);

  {
    const char *pairs[] = {
      _("Prepared for"), person != NULL && *person != '\0' ? person : NULL,
      _("Target role"), target,
      _("Program"), program,
      _("Fit to the target role"), fit,
      _("Expected graduation"), graduation,
      _("Date"), date,
    };

    key_value_table (b, pairs, G_N_ELEMENTS (pairs) / 2);
  }

  /* The contents, whose page numbers are written once the pages are known */
  report_flow_heading (flow, _("Contents"), REPORT_STYLE_H2, 60);
  for (Section s = 0; s < N_SECTIONS; s++)
    {
      ReportRow *row;
      ReportSlot slot = { 0 };
      double indent = section_level (s) * 16;
      ReportStyle style = section_level (s) == 0 ? REPORT_STYLE_BODY : REPORT_STYLE_CELL;

      if (!has_section (b, s))
        continue;

      row = report_row_new ();
      row->pad_bottom = 4;
      report_row_add_cell (row, b->report, section_title (s), style, REPORT_COLOR_TEXT, indent,
                           report_flow_width (flow) - number_width - indent - 8,
                           PANGO_ALIGN_LEFT);
      report_flow_keep (flow, report_row_get_height (row));
      slot.title = g_strdup (section_title (s));
      slot.page = b->report->pages->len - 1;
      slot.x = flow->right - number_width;
      slot.y = flow->y;
      slot.width = number_width;
      slot.style = style;
      g_array_append_val (b->report->slots, slot);
      report_flow_place_row (flow, row);
      report_row_free (row);
    }
}

/* Path comparison */

static void
build_comparison (Build *b)
{
  ReportFlow *flow = &b->flow;
  CareerRole *a = b->roles[0], *c = b->roles[1];
  ReportTable *table;
  g_autofree char *intro = NULL;

  begin_section (b, SECTION_COMPARISON);

  if (b->n_roles == 0)
    {
      report_flow_paragraph (flow, _("The catalog has no roles to compare."), REPORT_STYLE_BODY,
                             REPORT_COLOR_TEXT);
      return;
    }

  if (b->n_roles == 1)
    intro = g_strdup_printf (_("%s is the only role in the catalog."), career_role_get_title (a));
  else if (b->target == a)
    /* Translators: the target role beside the other main path */
    intro = g_strdup_printf (_("Your target role, %1$s, beside %2$s."),
                             career_role_get_title (a), career_role_get_title (c));
  else
    intro = g_strdup_printf (_("%1$s beside %2$s. Choose a target role to compare it with the "
                               "other path."),
                             career_role_get_title (a), career_role_get_title (c));
  report_flow_paragraph (flow, intro, REPORT_STYLE_BODY, REPORT_COLOR_TEXT);

  {
    static const double fractions2[] = { 0.22, 0.39, 0.39 };
    const char *headings[3] = { "", career_role_get_title (a), c ? career_role_get_title (c) : NULL };
    guint n_columns = b->n_roles + 1;
    g_autofree char *fit_a = fit_text (a, b->plan);
    g_autofree char *fit_c = c ? fit_text (c, b->plan) : NULL;
    g_autofree char *duties_a = join_lines (career_role_get_responsibilities (a), "• ");
    g_autofree char *duties_c = c ? join_lines (career_role_get_responsibilities (c), "• ") : NULL;
    const char *rows[][3] = {
      { _("Summary"), career_role_get_summary (a), c ? career_role_get_summary (c) : NULL },
      { _("Your fit"), fit_a, fit_c },
      { _("Responsibilities"), duties_a, duties_c },
      { _("Master’s focus"), career_role_get_masters_focus (a),
        c ? career_role_get_masters_focus (c) : NULL },
    };
    double fractions1[] = { 0.25, 0.75 };

    table = report_table_new (flow, n_columns, n_columns == 3 ? fractions2 : fractions1,
                              headings, NULL);
    report_table_begin (flow, table);
    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        ReportRow *row = report_table_row_new (flow, rows[i], REPORT_STYLE_CELL);

        report_row_set_style (row, b->report, 0, REPORT_STYLE_CELL_BOLD);
        report_flow_place_row (flow, row);
        report_row_free (row);

        /* the figures after the fit, a row each */
        if (i == 1)
          {
            figure_rows (b, _("Salaries"), career_role_get_salaries (a),
                         c ? career_role_get_salaries (c) : NULL);
            figure_rows (b, _("Outlook"), career_role_get_outlook (a),
                         c ? career_role_get_outlook (c) : NULL);
          }
      }
    report_table_end (flow);
    report_table_free (table);
  }

  /* How much the two overlap, and the radar of the skill areas: the
   * heading, its text and the chart on one page */
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) report_row_free);
    CareerAreaProfile *profile;
    ReportRadar radar = { NULL };
    double above = 0, size;

    if (c != NULL)
      {
        g_autofree char *similarity = NULL;
        g_autofree char *overlap = NULL;

        similarity = career_format_percent (100 * career_analysis_role_similarity (
                                              a, c, CAREER_SIMILARITY_JACCARD));
        /* Translators: "AI Engineer and Machine Learning Engineer overlap by 48 %" */
        overlap = g_strdup_printf (_("%1$s and %2$s overlap by %3$s"),
                                   career_role_get_title (a), career_role_get_title (c),
                                   similarity);
        g_ptr_array_add (rows, report_paragraph_new (flow, overlap, REPORT_STYLE_BODY_BOLD,
                                                     REPORT_COLOR_TEXT));
      }
    g_ptr_array_add (rows, report_paragraph_new (flow,
                                                 _("The overlap is the share of the two roles' "
                                                   "skill demands (importance × target level) "
                                                   "they have in common. The chart shows each "
                                                   "role's targets and your levels by skill "
                                                   "area, from 0 (none) to 4 (expert)."),
                                                 REPORT_STYLE_SMALL, REPORT_COLOR_MUTED));
    for (guint i = 0; i < rows->len; i++)
      above += report_row_get_height (g_ptr_array_index (rows, i));
    size = report_flow_chart_height (flow, MIN (report_flow_width (flow) * 0.82, 400), above);

    report_flow_heading (flow, _("Overlap and Skill Areas"), REPORT_STYLE_H2, above + size);
    for (guint i = 0; i < rows->len; i++)
      report_flow_place_row (flow, g_ptr_array_index (rows, i));

    profile = career_analysis_area_profile (b->catalog, (CareerRole * const *) b->chart_roles,
                                            b->n_roles, career_analysis_plan_level, b->plan);
    if (profile->n_areas == 0)
      {
        career_area_profile_free (profile);
        report_flow_paragraph (flow, _("The roles require no skill area to draw."),
                               REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
        return;
      }
    radar.profile = profile;
    g_array_append_val (b->report->radars, radar);
    report_flow_chart (flow, REPORT_ITEM_RADAR, b->report->radars->len - 1, size);
  }
}

/* Skills */

static void
skill_row (Build       *b,
           CareerSkill *skill)
{
  CareerSkillStatus status;
  g_autofree char *current = NULL;
  g_autofree char *target = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *importance = NULL;
  const char *texts[5];

  career_skill_status_compute (b->plan, b->catalog, b->target, career_skill_get_id (skill),
                               &status);
  current = level_text (status.level);
  if (status.has_target)
    {
      g_autofree char *level = level_text (status.target);

      target = status.custom_target
               /* Translators: a target level the person set, not the role's */
               ? g_strdup_printf (_("%s\n(your own target)"), level)
               : g_steal_pointer (&level);
      gap = g_strdup_printf ("%u", status.gap);
    }
  else
    {
      target = g_strdup ("—");
      gap = g_strdup ("—");
    }
  importance = status.importance > 0
               /* Translators: a skill's importance to the role, out of 5 */
               ? g_strdup_printf (_("%u of 5"), status.importance)
               : g_strdup ("—");

  texts[0] = career_skill_get_name (skill);
  texts[1] = current;
  texts[2] = target;
  texts[3] = gap;
  texts[4] = importance;
  report_table_row (&b->flow, texts, REPORT_STYLE_CELL);
}

static void
build_skills (Build *b)
{
  static const double fractions[] = { 0.34, 0.20, 0.22, 0.09, 0.15 };
  static const PangoAlignment alignments[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_LEFT,
  };
  const char *headings[] = { _("Skill"), _("Current level"), _("Target"), _("Gap"),
                             _("Importance") };
  ReportFlow *flow = &b->flow;
  GListModel *categories = career_catalog_get_categories (b->catalog);
  GListModel *skills = career_catalog_get_skills (b->catalog);
  guint n_skills = g_list_model_get_n_items (skills);
  g_autofree gboolean *shown = g_new0 (gboolean, n_skills + 1);
  gboolean any_other = FALSE;
  ReportTable *table;

  begin_section (b, SECTION_SKILLS);

  if (b->target != NULL)
    {
      g_autofree char *intro = NULL;
      g_autoptr(CareerProgressSeries) series = NULL;
      g_autofree char *heading = NULL;

      intro = g_strdup_printf (_("Your level in every skill of the catalog against the targets "
                                 "of %s, or your own targets where you set them. Levels run from "
                                 "0 (None) to 4 (Expert); the gap is how many levels are still "
                                 "to go."),
                               career_role_get_title (b->target));
      report_flow_paragraph (flow, intro, REPORT_STYLE_BODY, REPORT_COLOR_TEXT);

      /* Translators: the heading of the progress chart; %s is a role */
      heading = g_strdup_printf (_("Progress Toward %s"), career_role_get_title (b->target));
      series = career_progress_history_for_role (b->plan, b->catalog, b->target);
      if (series->defined && series->n_points > 0)
        {
          ReportTimeline timeline = { NULL, NULL };
          ReportRow *caption = report_paragraph_new (flow,
                                                     _("Your fit to the role's targets over "
                                                       "time, rebuilt from the history of your "
                                                       "levels."),
                                                     REPORT_STYLE_SMALL, REPORT_COLOR_MUTED);
          double above = report_row_get_height (caption);
          double height = report_flow_chart_height (flow, 210, above);

          report_flow_heading (flow, heading, REPORT_STYLE_H2, above + height);
          report_flow_place_row (flow, caption);
          report_row_free (caption);
          timeline.name = g_strdup (career_role_get_title (b->target));
          timeline.series = g_steal_pointer (&series);
          g_array_append_val (b->report->timelines, timeline);
          report_flow_chart (flow, REPORT_ITEM_TIMELINE, b->report->timelines->len - 1, height);
        }
      else
        {
          report_flow_heading (flow, heading, REPORT_STYLE_H2, 30);
          report_flow_paragraph (flow,
                                 _("No level has changed yet: the chart of your progress starts "
                                   "with the first change."),
                                 REPORT_STYLE_BODY, REPORT_COLOR_MUTED);
        }
    }
  else
    {
      report_flow_paragraph (flow,
                             _("No target role is chosen, so only your own targets are shown. "
                               "Levels run from 0 (None) to 4 (Expert)."),
                             REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
    }

  if (n_skills == 0)
    {
      report_flow_paragraph (flow, _("The catalog has no skills."), REPORT_STYLE_BODY,
                             REPORT_COLOR_TEXT);
      return;
    }

  report_flow_heading (flow, _("Levels and Gaps"), REPORT_STYLE_H2, 60);
  table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, alignments);
  report_table_begin (flow, table);

  for (guint c = 0; c < g_list_model_get_n_items (categories); c++)
    {
      g_autoptr(CareerCategory) category = g_list_model_get_item (categories, c);
      const char *category_id = career_category_get_id (category);
      gboolean started = FALSE;

      for (guint i = 0; i < n_skills; i++)
        {
          g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);

          if (g_strcmp0 (career_skill_get_category_id (skill), category_id) != 0)
            continue;
          if (!started)
            {
              g_autofree char *continued =
                /* Translators: a group of a table, repeated on the next page */
                g_strdup_printf (_("%s (continued)"), career_category_get_name (category));

              report_table_group (flow, career_category_get_name (category), continued);
              started = TRUE;
            }
          skill_row (b, skill);
          shown[i] = TRUE;
        }
    }

  for (guint i = 0; i < n_skills; i++)
    any_other |= !shown[i];
  if (any_other)
    {
      g_autofree char *continued = g_strdup_printf (_("%s (continued)"), _("Other Skills"));

      report_table_group (flow, _("Other Skills"), continued);
      for (guint i = 0; i < n_skills; i++)
        {
          g_autoptr(CareerSkill) skill = g_list_model_get_item (skills, i);

          if (!shown[i])
            skill_row (b, skill);
        }
    }

  report_table_end (flow);
  report_table_free (table);
}

/* Degree plan */

static char *
warning_text (const CareerPlanWarning *warning)
{
  if (!warning->overridden)
    /* Translators: a warning about a course of the plan */
    return g_strdup_printf (_("Warning: %s"), warning->reason);
  if (warning->note != NULL && *warning->note != '\0')
    /* Translators: a warning the person overrode, and their note */
    return g_strdup_printf (_("Overridden warning: %1$s\nNote: %2$s"), warning->reason,
                            warning->note);
  return g_strdup_printf (_("Overridden warning: %s"), warning->reason);
}

static const char *
warning_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, CAREER_PLAN_WARNING_PREREQUISITE) == 0)
    return _("prerequisites");
  if (g_strcmp0 (kind, CAREER_PLAN_WARNING_OFFERING) == 0)
    return _("the terms offered");
  if (g_strcmp0 (kind, CAREER_PLAN_WARNING_DUPLICATE) == 0)
    return _("taking it again");
  if (g_strcmp0 (kind, CAREER_PLAN_WARNING_CAPACITY) == 0)
    return _("the term's workload");
  if (g_strcmp0 (kind, CAREER_PLAN_WARNING_UNKNOWN_COURSE) == 0)
    return _("a course the catalog lacks");
  return kind;
}

/* The notes of overrides whose warning the plan no longer raises: the
 * person wrote them, and they may still explain the choice */
static void
override_notes (Build                      *b,
                GPtrArray                  *rows,
                const CareerPlanEntryCheck *entry,
                const CareerPlanTermCheck  *term_check)
{
  g_auto(GStrv) kinds = career_plan_course_dup_override_kinds (entry->entry);

  for (guint k = 0; kinds != NULL && kinds[k] != NULL; k++)
    {
      const char *note = career_plan_course_get_override (entry->entry, kinds[k]);
      gboolean shown = FALSE;
      g_autofree char *text = NULL;

      for (guint w = 0; w < entry->warnings->len; w++)
        {
          const CareerPlanWarning *warning = g_ptr_array_index (entry->warnings, w);

          shown |= g_strcmp0 (warning->kind, kinds[k]) == 0;
        }
      if (g_strcmp0 (kinds[k], CAREER_PLAN_WARNING_CAPACITY) == 0 && term_check->capacity != NULL)
        shown = TRUE;
      if (shown || note == NULL || *note == '\0')
        continue;

      /* Translators: a note the person wrote on a course about a warning
       * (%1$s, such as "prerequisites") the plan does not raise now */
      text = g_strdup_printf (_("Your note on %1$s: %2$s"), warning_kind_label (kinds[k]), note);
      g_ptr_array_add (rows, report_table_note_new (&b->flow, 1, text, REPORT_COLOR_MUTED));
    }
}

static void
build_terms (Build *b)
{
  static const double fractions[] = { 0.15, 0.37, 0.12, 0.17, 0.19 };
  const char *headings[] = { _("Code"), _("Course"), _("Credits"), _("Workload"), _("Status") };
  ReportFlow *flow = &b->flow;
  GListModel *terms = career_plan_get_terms (b->plan);
  guint n_terms = g_list_model_get_n_items (terms);
  ReportTable *table;

  begin_section (b, SECTION_TERMS);

  if (n_terms == 0)
    {
      report_flow_paragraph (flow, _("The plan has no terms yet."), REPORT_STYLE_BODY,
                             REPORT_COLOR_TEXT);
    }
  else
    {
      table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, NULL);
      report_table_begin (flow, table);

      for (guint t = 0; t < n_terms; t++)
        {
          const CareerPlanTermCheck *term_check = career_plan_check_get_term (b->check, t);
          const CareerTermCost *term_cost = career_plan_cost_get_term (b->cost, t);
          g_autofree char *label = career_term_dup_label (term_check->term);
          g_autofree char *credits = NULL;
          g_autofree char *caption = NULL;
          g_autofree char *continued = NULL;
          g_autofree char *hours = NULL;

          if (term_cost->n_unknown_credits > 0 && term_cost->credits == 0)
            credits = g_strdup (_("credits not known"));
          else
            credits = bounded (career_format_credits (term_cost->credits), term_cost->credits,
                               term_cost->n_unknown_credits);
          /* A heading has no "Workload" beside it to say what is not known */
          if (term_check->n_unknown_workload > 0 && term_check->weekly_hours == 0)
            hours = g_strdup (_("workload not known"));
          else
            hours = g_strdup (term_check->workload_text);

          if (term_cost->tuition_known && term_cost->tuition > 0)
            {
              g_autofree char *money = bounded (career_format_money (term_cost->tuition,
                                                                     term_cost->currency),
                                                term_cost->tuition,
                                                term_cost->n_unknown_credits);

              /* Translators: a term's caption: its name, credits, weekly hours, tuition */
              caption = g_strdup_printf (_("%1$s · %2$s · %3$s · %4$s"), label, credits,
                                         hours, money);
            }
          else
            {
              /* Translators: a term's caption: its name, credits and weekly hours */
              caption = g_strdup_printf (_("%1$s · %2$s · %3$s"), label, credits, hours);
            }
          continued = g_strdup_printf (_("%s (continued)"), label);
          report_table_group (flow, caption, continued);

          if (term_check->capacity != NULL)
            {
              g_autofree char *text = warning_text (term_check->capacity);

              report_table_note (flow, 0, text, term_check->capacity->overridden
                                                  ? REPORT_COLOR_MUTED : REPORT_COLOR_WARNING);
            }

          if (term_check->entries->len == 0)
            report_table_note (flow, 0, _("No courses in this term"), REPORT_COLOR_MUTED);

          for (guint i = 0; i < term_check->entries->len; i++)
            {
              const CareerPlanEntryCheck *entry = g_ptr_array_index (term_check->entries, i);
              CareerCourse *course = entry->course;
              const char *course_id = career_plan_course_get_course_id (entry->entry);
              g_autofree char *course_credits = NULL;
              g_autofree char *workload = NULL;
              g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (
                (GDestroyNotify) report_row_free);
              double value;
              const char *texts[5];

              if (course != NULL && career_course_get_credits (course, &value))
                course_credits = career_format_number (value, 1);
              else
                course_credits = g_strdup (_("Not known"));
              if (course != NULL && career_course_get_workload (course, &value, NULL))
                workload = career_format_hours (value);
              else
                workload = g_strdup (_("Not known"));

              texts[0] = course ? career_course_get_code (course) : course_id;
              texts[1] = course ? career_course_get_title (course) : _("Not in the catalog");
              texts[2] = course_credits;
              texts[3] = workload;
              texts[4] = career_format_course_status (career_plan_course_get_status (entry->entry));

              /* The course with its warnings and notes, on one page */
              g_ptr_array_add (rows, report_table_row_new (flow, texts, REPORT_STYLE_CELL));
              for (guint w = 0; w < entry->warnings->len; w++)
                {
                  const CareerPlanWarning *warning = g_ptr_array_index (entry->warnings, w);
                  g_autofree char *text = warning_text (warning);

                  g_ptr_array_add (rows, report_table_note_new (flow, 1, text,
                                                                warning->overridden
                                                                ? REPORT_COLOR_MUTED
                                                                : REPORT_COLOR_WARNING));
                }
              override_notes (b, rows, entry, term_check);
              report_flow_place_rows (flow, rows);
            }
        }

      report_table_end (flow);
      report_table_free (table);
    }

  /* Transfer credit */
  {
    GListModel *transfers = career_plan_get_transfer_credits (b->plan);
    guint n = g_list_model_get_n_items (transfers);
    static const double fractions2[] = { 0.48, 0.14, 0.38 };
    const char *headings2[] = { _("Transfer credit"), _("Credits"), _("Note") };

    if (n == 0)
      return;

    report_flow_heading (flow, _("Transfer Credit"), REPORT_STYLE_H2, 48);
    table = report_table_new (flow, 3, fractions2, headings2, NULL);
    report_table_begin (flow, table);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(CareerTransferCredit) credit = g_list_model_get_item (transfers, i);
        g_autofree char *credits = career_format_number (
          career_transfer_credit_get_credits (credit), 1);
        const char *texts[] = {
          career_transfer_credit_get_title (credit), credits,
          career_transfer_credit_get_note (credit),
        };

        report_table_row (flow, texts, REPORT_STYLE_CELL);
      }
    report_table_end (flow);
    report_table_free (table);
  }
}

static void
build_cost (Build *b)
{
  static const double fractions[] = { 0.28, 0.18, 0.24, 0.30 };
  static const PangoAlignment alignments[] = {
    PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
  };
  const char *headings[] = { _("Term"), _("Credits"), _("Weekly hours"), _("Tuition") };
  ReportFlow *flow = &b->flow;
  guint n_terms = career_plan_cost_get_n_terms (b->cost);
  g_autofree char *graduation = graduation_text (b);
  g_autofree char *months = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *credits_planned = NULL;
  g_autofree char *credits_completed = NULL;
  g_autofree char *tuition = career_plan_cost_dup_tuition_text (b->cost);
  g_autofree char *ahead = NULL;
  g_autofree char *hours = career_format_hours (career_plan_get_weekly_hours (b->plan));
  CareerAudit *audit = career_plan_cost_get_audit (b->cost);
  const CareerPace *p = career_plan_cost_get_pace (b->cost);
  guint n_months;
  double amount;
  guint n_unknown;
  const char *currency;
  ReportTable *table;

  begin_section (b, SECTION_COST);

  if (career_plan_cost_get_months_to_degree (b->cost, &n_months))
    months = g_strdup_printf (ngettext ("%u month", "%u months", n_months), n_months);
  else
    months = g_strdup (_("Not known"));

  if (p->known)
    {
      g_autofree char *remaining = career_format_credits (p->remaining_credits);

      /* Translators: the time to earn the remaining credits at the weekly
       * hours of the plan: months, terms, the credits left, the hours */
      pace = g_strdup_printf (ngettext ("%1$u months (%2$u term) for the %3$s still to earn, at %4$s",
                                        "%1$u months (%2$u terms) for the %3$s still to earn, at %4$s",
                                        p->terms),
                              p->months, p->terms, remaining, hours);
      if (p->remaining_is_bound)
        {
          g_autofree char *bound = g_steal_pointer (&pace);

          /* Translators: an estimate that is an upper bound */
          pace = g_strdup_printf (_("At most %s"), bound);
        }
    }
  else
    {
      pace = g_strdup (_("Not known: the catalog lacks the workloads, or the plan has no weekly "
                         "hours"));
    }

  if (audit != NULL)
    {
      credits_planned = career_audit_dup_credits_text (audit, CAREER_AUDIT_VIEW_PLANNED);
      credits_completed = career_audit_dup_credits_text (audit, CAREER_AUDIT_VIEW_COMPLETED);
    }
  else
    {
      double credits = career_plan_cost_get_credits (b->cost, &n_unknown);

      credits_planned = career_format_credits (credits);
    }

  if (career_plan_cost_get_tuition_ahead (b->cost, &amount, &n_unknown, &currency))
    ahead = bounded (career_format_money (amount, currency), amount, n_unknown);

  {
    const char *pairs[] = {
      _("Expected graduation"), graduation,
      _("Months to the degree"), months,
      _("At your weekly hours"), pace,
      _("Credits in the whole plan"), credits_planned,
      _("Credits completed"), credits_completed,
      _("Tuition of the whole plan"), tuition,
      _("Tuition still ahead"), ahead,
    };

    key_value_table (b, pairs, G_N_ELEMENTS (pairs) / 2);
  }

  if (n_terms == 0)
    return;

  report_flow_heading (flow, _("Per Term"), REPORT_STYLE_H2, 48);
  table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, alignments);
  report_table_begin (flow, table);
  for (guint t = 0; t < n_terms; t++)
    {
      const CareerTermCost *cost = career_plan_cost_get_term (b->cost, t);
      g_autofree char *label = career_term_dup_label (cost->term);
      g_autofree char *credits = career_format_number (cost->credits, 1);
      g_autofree char *weekly = career_format_number (cost->weekly_hours, 1);
      g_autofree char *money = NULL;
      const char *texts[4];

      credits = bounded (g_steal_pointer (&credits), cost->credits, cost->n_unknown_credits);
      weekly = bounded (g_steal_pointer (&weekly), cost->weekly_hours, cost->n_unknown_workload);
      if (!cost->tuition_known)
        money = g_strdup (_("Not known"));
      else
        money = bounded (career_format_money (cost->tuition, cost->currency), cost->tuition,
                         cost->n_unknown_credits);

      texts[0] = label;
      texts[1] = credits;
      texts[2] = weekly;
      texts[3] = money;
      report_table_row (flow, texts, REPORT_STYLE_CELL);
    }

  {
    g_autofree char *credits = NULL;
    g_autofree char *money = NULL;
    const char *texts[4];
    double total = career_plan_cost_get_credits (b->cost, &n_unknown);

    credits = bounded (career_format_number (total, 1), total, n_unknown);
    if (career_plan_cost_get_tuition (b->cost, &amount, &n_unknown, &currency))
      money = bounded (career_format_money (amount, currency), amount, n_unknown);
    else
      money = g_strdup (_("Not known"));

    texts[0] = _("Total");
    texts[1] = credits;
    texts[2] = "";
    texts[3] = money;
    report_table_row (flow, texts, REPORT_STYLE_CELL_BOLD);
  }
  report_table_end (flow);
  report_table_free (table);
}

static void
audit_rows (Build                 *b,
            ReportTable           *table,
            const CareerAuditNode *node,
            guint                  depth)
{
  ReportFlow *flow = &b->flow;
  const CareerAuditResult *completed = &node->result[CAREER_AUDIT_VIEW_COMPLETED];
  const CareerAuditResult *planned = &node->result[CAREER_AUDIT_VIEW_PLANNED];
  double indent = MIN (MIN (depth, MAX_AUDIT_INDENT) * 12,
                       MAX (0, table->width[0] - 2 * REPORT_CELL_PAD - 60));
  g_autoptr(GString) details = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) report_row_free);
  ReportRow *row = report_row_new ();

  row->pad_top = 3;
  row->pad_bottom = 3;
  row->rule_above = TRUE;
  report_row_add_cell (row, b->report, node->title,
                       depth == 0 ? REPORT_STYLE_CELL_BOLD : REPORT_STYLE_CELL, REPORT_COLOR_TEXT,
                       table->x[0] + REPORT_CELL_PAD + indent,
                       table->width[0] - 2 * REPORT_CELL_PAD - indent, PANGO_ALIGN_LEFT);
  report_row_add_cell (row, b->report, career_audit_status_to_label (completed->status),
                       REPORT_STYLE_CELL, REPORT_COLOR_TEXT, table->x[1] + REPORT_CELL_PAD,
                       table->width[1] - 2 * REPORT_CELL_PAD, PANGO_ALIGN_LEFT);
  report_row_add_cell (row, b->report, career_audit_status_to_label (planned->status),
                       REPORT_STYLE_CELL, REPORT_COLOR_TEXT, table->x[2] + REPORT_CELL_PAD,
                       table->width[2] - 2 * REPORT_CELL_PAD, PANGO_ALIGN_LEFT);
  g_ptr_array_add (rows, row);

  /* What counts toward a leaf, and why a status is what it is */
  if (node->kind == CAREER_REQUIREMENT_COURSE && planned->entries != NULL &&
      planned->entries->len > 0)
    {
      const CareerAuditEntry *entry = g_ptr_array_index (planned->entries, 0);
      g_autofree char *term = career_term_dup_label (entry->term);

      /* Translators: the plan's entry of a required course: its status
       * ("Completed", "Planned") and its term */
      g_string_append_printf (details, _("%1$s, %2$s"), career_format_course_status (entry->status), term);
    }
  else if (node->kind == CAREER_REQUIREMENT_CREDITS_FROM && planned->entries != NULL &&
           planned->entries->len > 0)
    {
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; i < planned->entries->len; i++)
        {
          const CareerAuditEntry *entry = g_ptr_array_index (planned->entries, i);
          g_autofree char *code = course_code (b, entry->course_id);

          if (i > 0)
            g_string_append (list, ", ");
          /* Translators: a course counted in the audit and its status */
          g_string_append_printf (list, _("%1$s (%2$s)"), code,
                                  career_format_course_status (entry->status));
        }
      /* Translators: the courses of the plan that count toward a requirement */
      g_string_append_printf (details, _("Counted: %s"), list->str);
    }
  if (node->kind == CAREER_REQUIREMENT_CREDITS_FROM)
    {
      g_autofree char *have = career_format_number (planned->credits, 1);
      g_autofree char *need = career_format_number (node->credits_needed, 1);

      if (details->len > 0)
        g_string_append_c (details, '\n');
      /* Translators: credits counted toward a requirement, of those it needs */
      g_string_append_printf (details, _("%1$s of %2$s credits in the whole plan"), have, need);
    }
  if (planned->reason != NULL || completed->reason != NULL)
    {
      if (details->len > 0)
        g_string_append_c (details, '\n');
      g_string_append (details, planned->reason ? planned->reason : completed->reason);
    }
  if (details->len > 0)
    {
      ReportRow *note = report_row_new ();
      double x = table->x[0] + REPORT_CELL_PAD + indent;

      note->pad_bottom = 3;
      report_row_add_cell (note, b->report, details->str, REPORT_STYLE_SMALL, REPORT_COLOR_MUTED,
                           x + 8, report_flow_width (flow) - x - 8 - REPORT_CELL_PAD,
                           PANGO_ALIGN_LEFT);
      g_ptr_array_add (rows, note);
    }
  report_flow_place_rows (flow, rows);

  for (guint i = 0; node->children != NULL && i < node->children->len; i++)
    audit_rows (b, table, g_ptr_array_index (node->children, i), depth + 1);
}

static void
build_audit (Build *b)
{
  static const double fractions[] = { 0.58, 0.21, 0.21 };
  const char *headings[] = { _("Requirement"), _("Completed courses"), _("Whole plan") };
  ReportFlow *flow = &b->flow;
  CareerAudit *audit = career_plan_cost_get_audit (b->cost);
  const CareerAuditNode *root;
  GPtrArray *not_counted;
  g_autofree char *summary = NULL;
  ReportTable *table;

  begin_section (b, SECTION_AUDIT);
  g_return_if_fail (audit != NULL);

  /* Translators: the degree audit's result in its two views */
  summary = g_strdup_printf (_("With the courses completed so far the degree is: %1$s. With every "
                               "course of the plan: %2$s."),
                             career_audit_status_to_label (
                               career_audit_get_status (audit, CAREER_AUDIT_VIEW_COMPLETED)),
                             career_audit_status_to_label (
                               career_audit_get_status (audit, CAREER_AUDIT_VIEW_PLANNED)));
  report_flow_paragraph (flow, summary, REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
  if (!career_audit_is_exact (audit))
    report_flow_paragraph (flow,
                           _("The plan has too many ways to match its courses to the "
                             "requirements to try them all: this audit is the best match found, "
                             "not necessarily the best there is."),
                           REPORT_STYLE_SMALL, REPORT_COLOR_WARNING);

  root = career_audit_get_root (audit);
  if (root != NULL)
    {
      table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, NULL);
      report_table_begin (flow, table);
      audit_rows (b, table, root, 0);
      report_table_end (flow);
      report_table_free (table);
    }

  not_counted = career_audit_get_not_counted (audit, CAREER_AUDIT_VIEW_PLANNED);
  if (not_counted != NULL && not_counted->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      report_flow_heading (flow, _("Not Counted"), REPORT_STYLE_H2, 30);
      for (guint i = 0; i < not_counted->len; i++)
        {
          const CareerAuditNotCounted *item = g_ptr_array_index (not_counted, i);
          g_autofree char *code = course_code (b, item->entry->course_id);
          g_autofree char *term = career_term_dup_label (item->entry->term);

          if (i > 0)
            g_string_append_c (text, '\n');
          /* Translators: an entry of the plan the audit does not count:
           * the course, its term, and why */
          g_string_append_printf (text, _("%1$s in %2$s: %3$s"), code, term, item->message);
        }
      report_flow_paragraph (flow, text->str, REPORT_STYLE_CELL, REPORT_COLOR_TEXT);
    }
}

static void
build_projection (Build *b)
{
  static const double fractions[] = { 0.20, 0.14, 0.66 };
  const char *headings[] = { _("After"), _("Fit"), _("Skills raised") };
  ReportFlow *flow = &b->flow;
  g_autoptr(CareerProjection) projection = career_projection_new (b->plan, b->catalog, b->target);
  guint n = career_projection_get_n_terms (projection);
  CareerFit start = career_projection_get_start_fit (projection);
  ReportTable *table;

  begin_section (b, SECTION_PROJECTION);
  report_flow_paragraph (flow,
                         _("Where the plan takes your skills if you follow it: after each term, "
                           "the levels its courses (completed, in progress and planned) and its "
                           "other learning bring you to, and your fit to the target role with "
                           "them."),
                         REPORT_STYLE_BODY, REPORT_COLOR_TEXT);

  table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, NULL);
  report_table_begin (flow, table);

  {
    g_autofree char *fit = start.defined ? career_format_percent (start.percent) : g_strdup ("—");
    const char *texts[] = { _("Today"), fit, _("The levels you rated") };

    report_table_row (flow, texts, REPORT_STYLE_CELL);
  }

  for (guint t = 0; t < n; t++)
    {
      const CareerProjectionTerm *term = career_projection_get_term (projection, t);
      g_autofree char *label = career_term_dup_label (term->term);
      g_autofree char *fit = term->fit.defined ? career_format_percent (term->fit.percent)
                                               : g_strdup ("—");
      g_autoptr(GString) raised = g_string_new (NULL);
      const char *texts[3];

      for (guint i = 0; i < term->raised->len; i++)
        {
          const CareerSkillRaise *raise = g_ptr_array_index (term->raised, i);
          g_autofree char *line = career_format_skill_raise (raise);

          if (i > 0)
            g_string_append_c (raised, '\n');
          g_string_append (raised, line);
        }
      if (raised->len == 0)
        g_string_append (raised, _("No skill raised"));
      if (term->n_unknown_courses > 0)
        g_string_append_printf (raised,
                                ngettext ("\n%u course not in the catalog teaches nothing known",
                                          "\n%u courses not in the catalog teach nothing known",
                                          term->n_unknown_courses),
                                term->n_unknown_courses);

      texts[0] = label;
      texts[1] = fit;
      texts[2] = raised->str;
      report_table_row (flow, texts, REPORT_STYLE_CELL);
    }

  report_table_end (flow);
  report_table_free (table);
}

static void
build_degree (Build *b)
{
  ReportFlow *flow = &b->flow;
  g_autofree char *program = program_text (b);
  g_autofree char *intro = NULL;
  g_autofree char *hours = career_format_hours (career_plan_get_weekly_hours (b->plan));

  begin_section (b, SECTION_DEGREE);

  if (b->program != NULL)
    {
      /* Translators: the program of the plan: its name and the degree, its
       * catalog year, the weekly hours the person has */
      intro = g_strdup_printf (_("%1$s (%2$s), catalog year %3$s. You plan for %4$s."), program,
                               career_program_get_degree (b->program),
                               career_program_get_catalog_year (b->program), hours);
    }
  else
    {
      /* Translators: %1$s says which program (none, or an unknown one) */
      intro = g_strdup_printf (_("Program: %1$s. Without a program of the catalog there is no "
                                 "degree audit and no tuition. You plan for %2$s."),
                               program, hours);
    }
  report_flow_paragraph (flow, intro, REPORT_STYLE_BODY, REPORT_COLOR_TEXT);

  build_terms (b);
  build_cost (b);
  if (has_section (b, SECTION_AUDIT))
    build_audit (b);
  if (has_section (b, SECTION_PROJECTION))
    build_projection (b);
}

/* Other learning */

static void
build_other_learning (Build *b)
{
  static const double fractions[] = { 0.38, 0.16, 0.14, 0.32 };
  const char *headings[] = { _("Title"), _("Kind"), _("Hours a week"), _("Skills it teaches") };
  ReportFlow *flow = &b->flow;
  GListModel *terms = career_plan_get_terms (b->plan);
  guint n_terms = g_list_model_get_n_items (terms);
  ReportTable *table = NULL;

  begin_section (b, SECTION_OTHER_LEARNING);

  for (guint t = 0; t < n_terms; t++)
    {
      g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
      GListModel *items = career_term_get_other_learning (term);
      guint n = g_list_model_get_n_items (items);
      g_autofree char *label = NULL;
      g_autofree char *continued = NULL;

      if (n == 0)
        continue;

      if (table == NULL)
        {
          report_flow_paragraph (flow,
                                 _("Learning outside the program, term by term: online courses, "
                                   "certificates and projects."),
                                 REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
          table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, NULL);
          report_table_begin (flow, table);
        }

      label = career_term_dup_label (term);
      continued = g_strdup_printf (_("%s (continued)"), label);
      report_table_group (flow, label, continued);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareerOtherLearning) item = g_list_model_get_item (items, i);
          g_autofree char *hours = career_format_number (
            career_other_learning_get_weekly_hours (item), 1);
          g_autoptr(GString) skills = g_string_new (NULL);
          const char *texts[4];

          for (guint s = 0; s < career_other_learning_get_n_skills (item); s++)
            {
              int level = 0;
              const char *skill_id = career_other_learning_get_skill (item, s, &level);

              if (s > 0)
                g_string_append_c (skills, '\n');
              /* Translators: a skill and the level a learning brings it to */
              g_string_append_printf (skills, _("%1$s to %2$d"), skill_name (b, skill_id), level);
            }

          texts[0] = career_other_learning_get_title (item);
          texts[1] = learning_kind_label (career_other_learning_get_kind (item));
          texts[2] = hours;
          texts[3] = skills->str;
          report_table_row (flow, texts, REPORT_STYLE_CELL);
        }
    }

  if (table != NULL)
    {
      report_table_end (flow);
      report_table_free (table);
    }
  else
    {
      report_flow_paragraph (flow, _("The plan has no learning outside the program."),
                             REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
    }
}

/* Recommendations */

static void
build_recommendations (Build *b)
{
  static const double fractions[] = { 0.30, 0.12, 0.58 };
  const char *headings[] = { _("Course"), _("Credits"), _("Why") };
  ReportFlow *flow = &b->flow;
  g_autoptr(GPtrArray) recommendations = NULL;
  ReportTable *table;

  begin_section (b, SECTION_RECOMMENDATIONS);

  if (b->program == NULL)
    {
      report_flow_paragraph (flow, _("Choose a program to get recommendations of its courses."),
                             REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
      return;
    }

  recommendations = career_recommend_courses (b->plan, b->catalog, b->program,
                                              b->specialization_id, b->target,
                                              N_RECOMMENDATIONS);
  if (recommendations == NULL || recommendations->len == 0)
    {
      report_flow_paragraph (flow,
                             _("No course of the program closes a gap of the target role or "
                               "counts toward an open requirement beyond what the plan has."),
                             REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
      return;
    }

  report_flow_paragraph (flow,
                         _("Courses of the program to consider next, by the skill gap they close "
                           "for the target role beyond what the plan already brings, then by "
                           "what they do for the degree."),
                         REPORT_STYLE_BODY, REPORT_COLOR_TEXT);
  table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, NULL);
  report_table_begin (flow, table);
  for (guint i = 0; i < recommendations->len; i++)
    {
      CareerRecommendation *recommendation = g_ptr_array_index (recommendations, i);
      CareerCourse *course = recommendation->course;
      g_autofree char *name = NULL;
      g_autofree char *credits = NULL;
      const char *texts[3];

      /* Translators: a course: its code and title */
      name = g_strdup_printf (_("%1$s %2$s"), career_course_get_code (course),
                              career_course_get_title (course));
      credits = recommendation->has_credits ? career_format_number (recommendation->credits, 1)
                                            : g_strdup (_("Not known"));
      texts[0] = name;
      texts[1] = credits;
      texts[2] = recommendation->reason;
      report_table_row (flow, texts, REPORT_STYLE_CELL);
    }
  report_table_end (flow);
  report_table_free (table);
}

/* Sources */

static void
source_row (Build              *b,
            const char         *figure,
            const CareerSource *source)
{
  g_autofree char *line = career_format_source (source);
  g_autofree char *text = NULL;
  const char *texts[2];

  text = source->url != NULL
         ? g_strdup_printf ("%s\n%s", line, source->url)
         /* Translators: a source without a web address */
         : g_strdup_printf (_("%s\nNo web address"), line);
  texts[0] = figure;
  texts[1] = text;
  report_table_row (&b->flow, texts, REPORT_STYLE_CELL);
}

/* The courses whose figures come from one source */
typedef struct
{
  gboolean            workload;
  const CareerSource *source;
  GString            *codes;
} SourceGroup;

static void
source_group_free (gpointer data)
{
  SourceGroup *group = data;

  g_string_free (group->codes, TRUE);
  g_free (group);
}

static gboolean
same_source (const CareerSource *a,
             const CareerSource *b)
{
  return g_strcmp0 (a->title, b->title) == 0 && g_strcmp0 (a->url, b->url) == 0 &&
         g_strcmp0 (a->as_of, b->as_of) == 0 && a->verified == b->verified;
}

static void
add_to_group (GPtrArray          *groups,
              gboolean            workload,
              const CareerSource *source,
              const char         *code)
{
  SourceGroup *group = NULL;

  for (guint i = 0; i < groups->len && group == NULL; i++)
    {
      SourceGroup *candidate = g_ptr_array_index (groups, i);

      if (candidate->workload == workload && same_source (candidate->source, source))
        group = candidate;
    }

  if (group == NULL)
    {
      group = g_new0 (SourceGroup, 1);
      group->workload = workload;
      group->source = source;
      group->codes = g_string_new (code);
      g_ptr_array_add (groups, group);
      return;
    }
  g_string_append_printf (group->codes, ", %s", code);
}

static void
role_sources (Build      *b,
              CareerRole *role)
{
  GListModel *lists[] = { career_role_get_salaries (role), career_role_get_outlook (role) };
  g_autofree char *continued = g_strdup_printf (_("%s (continued)"), career_role_get_title (role));
  gboolean any = FALSE;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(CareerFigure) figure = g_list_model_get_item (lists[l], i);
        g_autofree char *title = career_format_figure (figure);
        g_autofree char *text = NULL;

        if (!any)
          report_table_group (&b->flow, career_role_get_title (role), continued);
        any = TRUE;
        text = career_figure_get_kind (figure) == CAREER_FIGURE_SALARY
               /* Translators: a salary figure in the list of sources */
               ? g_strdup_printf (_("Salary: %s"), title)
               /* Translators: an outlook figure in the list of sources */
               : g_strdup_printf (_("Outlook: %s"), title);
        source_row (b, text, career_figure_get_source (figure));
      }
}

static void
build_sources (Build *b)
{
  static const double fractions[] = { 0.36, 0.64 };
  const char *headings[] = { _("Figure"), _("Source") };
  ReportFlow *flow = &b->flow;
  ReportTable *table;

  begin_section (b, SECTION_SOURCES);
  report_flow_paragraph (flow,
                         _("Where every figure of this document comes from, with the date it "
                           "refers to. Figures marked unverified were not checked against the "
                           "original source."),
                         REPORT_STYLE_BODY, REPORT_COLOR_TEXT);

  table = report_table_new (flow, G_N_ELEMENTS (headings), fractions, headings, NULL);
  report_table_begin (flow, table);

  for (guint r = 0; r < b->n_roles; r++)
    role_sources (b, b->roles[r]);
  if (b->target != NULL && b->target != b->roles[0] && b->target != b->roles[1])
    role_sources (b, b->target);

  if (b->program != NULL)
    {
      const CareerSource *tuition_source = NULL;
      double per_credit;
      const char *currency;
      g_autofree char *continued = g_strdup_printf (_("%s (continued)"),
                                                    career_program_get_name (b->program));
      GListModel *terms = career_plan_get_terms (b->plan);

      report_table_group (flow, career_program_get_name (b->program), continued);
      source_row (b, _("The program’s requirements and credits"),
                  career_program_get_source (b->program));
      if (career_program_get_tuition (b->program, &per_credit, &currency, &tuition_source) &&
          tuition_source != NULL)
        {
          g_autofree char *money = career_format_money (per_credit, currency);
          g_autofree char *text = g_strdup_printf (_("Tuition: %s a credit"), money);

          source_row (b, text, tuition_source);
        }

      /* The courses of the plan, their credits and workloads: one row for
       * each source, naming every course that rests on it */
      {
        g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (source_group_free);
        g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

        for (guint t = 0; t < g_list_model_get_n_items (terms); t++)
          {
            g_autoptr(CareerTerm) term = g_list_model_get_item (terms, t);
            GListModel *entries = career_term_get_courses (term);

            for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
              {
                g_autoptr(CareerPlanCourse) entry = g_list_model_get_item (entries, i);
                CareerCourse *course = career_catalog_lookup_course (
                  b->catalog, career_plan_course_get_course_id (entry));
                const CareerSource *workload_source = NULL;
                g_autofree char *code = NULL;
                double hours;

                if (course == NULL || g_hash_table_contains (seen, career_course_get_id (course)))
                  continue;
                g_hash_table_add (seen, (gpointer) career_course_get_id (course));

                code = unbroken (career_course_get_code (course));
                add_to_group (groups, FALSE, career_course_get_source (course), code);
                if (career_course_get_workload (course, &hours, &workload_source) &&
                    workload_source != NULL)
                  add_to_group (groups, TRUE, workload_source, code);
              }
          }

        for (guint i = 0; i < groups->len; i++)
          {
            SourceGroup *group = g_ptr_array_index (groups, i);
            g_autofree char *text = group->workload
                                    /* Translators: in the list of sources, the courses
                                     * whose weekly workload a source gives */
                                    ? g_strdup_printf (_("Workload of %s"), group->codes->str)
                                    /* Translators: in the list of sources, the courses
                                     * a source describes, with their credits */
                                    : g_strdup_printf (_("Courses and credits: %s"),
                                                       group->codes->str);

            source_row (b, text, group->source);
          }
      }
    }

  report_table_end (flow);
  report_table_free (table);
}

/* The two paths: the target role beside the other of AI Engineer and
 * Machine Learning Engineer (or of the catalog's first two roles) */
static CareerRole *
role_or_nth (CareerCatalog *catalog,
             const char    *id,
             guint          n)
{
  CareerRole *role = career_catalog_lookup_role (catalog, id);
  g_autoptr(CareerRole) nth = NULL;

  if (role != NULL)
    return role;

  /* The catalog keeps its roles: the pointer outlives this reference */
  nth = g_list_model_get_item (career_catalog_get_roles (catalog), n);
  return nth;
}

static void
pick_roles (Build *b)
{
  CareerRole *first = role_or_nth (b->catalog, "ai-engineer", 0);
  CareerRole *second = role_or_nth (b->catalog, "ml-engineer", 1);
  CareerRole *a, *c;

  if (b->target != NULL)
    {
      a = b->target;
      c = b->target == first ? second : first;
    }
  else
    {
      a = first;
      c = second;
    }
  if (a == NULL)
    {
      a = c;
      c = NULL;
    }
  if (c == a)
    c = NULL;

  b->roles[0] = a;
  b->roles[1] = c;
  b->n_roles = (a != NULL) + (c != NULL);

  /* The chart's series take the palette's colors in order.  The Compare
   * view opens with @first on the left and @second on the right, and a
   * role chosen in place of one of them on that side; the chart lists the
   * roles that way so that each has the color it has on screen, though
   * the table puts the target first. */
  if (c != NULL && c == first)
    {
      b->chart_roles[0] = c;
      b->chart_roles[1] = a;
    }
  else
    {
      b->chart_roles[0] = a;
      b->chart_roles[1] = c;
    }
}

static gboolean
step (Build  *b,
      double  fraction,
      GError **error)
{
  GCancellable *cancellable = b->options ? b->options->cancellable : NULL;

  report_progress (b->options, fraction * 0.3);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
report_build (CareerReport              *report,
              CareerPlan                *plan,
              CareerCatalog             *catalog,
              const CareerReportOptions *options,
              GError                   **error)
{
  Build b = { report, plan, catalog, options };
  const char *name = career_plan_get_name (plan);
  const char *person = career_plan_get_person_name (plan);
  gboolean ok = FALSE;

  b.target = career_catalog_lookup_role (catalog, career_plan_get_target_role_id (plan));
  b.program = career_catalog_lookup_program (catalog, career_plan_get_program_id (plan));
  b.specialization_id = career_plan_get_specialization_id (plan);
  pick_roles (&b);
  b.check = career_plan_check_new (plan, catalog, b.program);
  b.cost = career_plan_cost_new (plan, catalog, b.program, b.specialization_id);

  report->title = g_strdup (name != NULL && *name != '\0' ? name : _("Career Plan"));
  report->author = person != NULL && *person != '\0' ? g_strdup (person) : NULL;
  report->subject = b.target != NULL
                    /* Translators: the PDF's subject; %s is the target role */
                    ? g_strdup_printf (_("A career plan toward %s"), career_role_get_title (b.target))
                    : g_strdup (_("A career plan"));

  report_flow_init (&b.flow, report);

  build_cover (&b);
  if (!step (&b, 0.1, error))
    goto out;
  build_comparison (&b);
  if (!step (&b, 0.2, error))
    goto out;
  build_skills (&b);
  if (!step (&b, 0.4, error))
    goto out;
  build_degree (&b);
  if (!step (&b, 0.7, error))
    goto out;
  build_other_learning (&b);
  build_recommendations (&b);
  if (!step (&b, 0.85, error))
    goto out;
  build_sources (&b);
  ok = step (&b, 1, error);

out:
  report_flow_clear (&b.flow);
  g_clear_object (&b.check);
  g_clear_object (&b.cost);
  return ok;
}
