/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-transfer-credit.h"

/* Credit brought in from elsewhere and counted toward the degree */
struct _CareerTransferCredit
{
  GObject  parent_instance;

  char    *title;
  char    *note;
  double   credits;
};

G_DEFINE_FINAL_TYPE (CareerTransferCredit, career_transfer_credit, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CREDITS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_transfer_credit_finalize (GObject *object)
{
  CareerTransferCredit *self = (CareerTransferCredit *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (career_transfer_credit_parent_class)->finalize (object);
}

static void
career_transfer_credit_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CareerTransferCredit *self = CAREER_TRANSFER_CREDIT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_CREDITS:
      g_value_set_double (value, self->credits);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_transfer_credit_class_init (CareerTransferCreditClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_transfer_credit_finalize;
  object_class->get_property = career_transfer_credit_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CREDITS] =
    g_param_spec_double ("credits", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_transfer_credit_init (CareerTransferCredit *self)
{
}

/**
 * career_transfer_credit_new:
 * @title: the course or exam the credit comes from
 * @credits: the credit hours, not negative
 * @note: (nullable): where it comes from, or how it was approved
 *
 * Returns: (transfer full): a new transfer credit
 */
CareerTransferCredit *
career_transfer_credit_new (const char *title,
                            double      credits,
                            const char *note)
{
  CareerTransferCredit *self;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (credits >= 0.0, NULL);

  self = g_object_new (CAREER_TYPE_TRANSFER_CREDIT, NULL);
  self->title = g_strdup (title);
  self->credits = credits;
  self->note = g_strdup (note);

  return self;
}

const char *
career_transfer_credit_get_title (CareerTransferCredit *self)
{
  g_return_val_if_fail (CAREER_IS_TRANSFER_CREDIT (self), NULL);

  return self->title;
}

double
career_transfer_credit_get_credits (CareerTransferCredit *self)
{
  g_return_val_if_fail (CAREER_IS_TRANSFER_CREDIT (self), 0.0);

  return self->credits;
}

const char *
career_transfer_credit_get_note (CareerTransferCredit *self)
{
  g_return_val_if_fail (CAREER_IS_TRANSFER_CREDIT (self), NULL);

  return self->note;
}
