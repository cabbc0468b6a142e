/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * plan-save-loop OLD NEW TARGET
 *
 * A helper of test-plan-file's kill-during-save test: loads two plan files,
 * saves OLD to TARGET, prints "ready" and then saves NEW and OLD to TARGET in
 * turn until it is killed, or until the process that started it ends.
 */
#define G_LOG_DOMAIN "CareerTest"

#include "config.h"

#include <stdio.h>
#include <unistd.h>
#ifdef __linux__
#include <signal.h>
#include <sys/prctl.h>
#endif

#include "career-plan-file.h"

static CareerPlan *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  CareerPlan *plan;

  plan = career_plan_file_load (file, NULL, NULL, NULL, &error);
  if (plan == NULL)
    g_printerr ("plan-save-loop: %s\n", error->message);

  return plan;
}

static gboolean
save (CareerPlan *plan,
      GFile      *target)
{
  g_autoptr(GError) error = NULL;

  if (!career_plan_file_save (plan, target, &error))
    {
      g_printerr ("plan-save-loop: %s\n", error->message);
      return FALSE;
    }

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CareerPlan) old_plan = NULL;
  g_autoptr(CareerPlan) new_plan = NULL;
  g_autoptr(GFile) target = NULL;
  pid_t parent = getppid ();

  /* A test that fails before killing its helper must not leave it running */
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGKILL);
#endif

  if (argc != 4)
    {
      g_printerr ("usage: plan-save-loop OLD NEW TARGET\n");
      return 2;
    }

  old_plan = load (argv[1]);
  new_plan = load (argv[2]);
  if (old_plan == NULL || new_plan == NULL)
    return 1;

  target = g_file_new_for_path (argv[3]);
  if (!save (old_plan, target))
    return 1;

  printf ("ready\n");
  fflush (stdout);

  for (guint64 i = 0; getppid () == parent; i++)
    if (!save (i % 2 == 0 ? new_plan : old_plan, target))
      return 1;

  return 1;
}
