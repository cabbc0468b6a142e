/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The catalog shape a fuzzer found to make the degree audit's matching
 * run away: one program "p" of @n_courses courses and 5 n-of groups of @n
 * of all the courses; total credits @total. Each course of a plan may go
 * to any of the 5 groups, and every state of the search looks at each of
 * the 5 x @n_courses leaves. Used by the audit's tests, the Courses
 * view's and the analysis benchmark.
 */
#include "config.h"

#include "wide-catalog.h"

#define SOURCE "{\"title\":\"t\",\"url\":null,\"as_of\":null,\"verified\":false}"

CareerCatalog *
wide_catalog_new (guint n_courses,
                  guint n,
                  guint total)
{
  CareerCatalog *catalog = career_catalog_new ();
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) items = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_string_append_printf (json,
                          "{\"format\":\"career-planner-catalog\",\"version\":1,"
                          "\"categories\":[{\"id\":\"k\",\"name\":\"K\",\"description\":\"d\"}],"
                          "\"skills\":[{\"id\":\"s\",\"name\":\"S\",\"category\":\"k\","
                          "\"description\":\"d\",\"levels\":[\"0\",\"1\",\"2\",\"3\",\"4\"]}],"
                          "\"programs\":[{\"id\":\"p\",\"institution\":\"U\",\"name\":\"P\","
                          "\"degree\":\"D\",\"catalog_year\":\"2025\",\"description\":\"d\","
                          "\"total_credits\":%u,\"transfer_credit_limit\":null,\"tuition\":null,"
                          "\"terms\":[\"fall\"],\"double_counting\":false,\"source\":" SOURCE ","
                          "\"courses\":[", total);
  for (guint i = 0; i < n_courses; i++)
    {
      g_string_append_printf (json,
                              "%s{\"id\":\"c%u\",\"code\":\"C %u\",\"title\":\"T\",\"credits\":3,"
                              "\"description\":\"d\",\"skills\":[{\"skill\":\"s\",\"level\":1}],"
                              "\"terms_offered\":null,\"workload\":null,\"source\":" SOURCE "}",
                              i > 0 ? "," : "", i, i);
      g_string_append_printf (items, "%s{\"type\":\"course\",\"course\":\"c%u\"}",
                              i > 0 ? "," : "", i);
    }
  g_string_append (json, "],\"requirements\":{\"type\":\"all-of\",\"items\":[");
  for (guint k = 0; k < 5; k++)
    g_string_append_printf (json, "%s{\"type\":\"n-of\",\"title\":\"R%u\",\"n\":%u,\"items\":[%s]}",
                            k > 0 ? "," : "", k, n, items->str);
  g_string_append (json, "]}}]}");
  career_catalog_add_data (catalog, json->str, json->len, "wide.json", &error);
  g_assert_no_error (error);
  return catalog;
}

/* A plan of the first @n_plan courses of "p", completed in one term */
CareerPlan *
wide_plan_new (guint n_plan)
{
  CareerPlan *plan = career_plan_new ();
  int term = career_plan_add_term (plan, CAREER_SEASON_FALL, 2025);

  career_plan_set_program (plan, "p", NULL, NULL);
  for (guint i = 0; i < n_plan; i++)
    {
      g_autofree char *id = g_strdup_printf ("p/c%u", i);

      career_plan_add_course (plan, (guint) term, -1, id);
      g_assert_true (career_plan_set_course_status (plan, (guint) term, i,
                                                    CAREER_COURSE_STATUS_COMPLETED));
    }
  return plan;
}
