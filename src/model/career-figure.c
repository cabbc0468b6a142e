/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerModel"

#include "config.h"

#include "career-figure.h"

struct _CareerFigure
{
  GObject           parent_instance;

  CareerFigureKind  kind;
  double            value;
  char             *currency;
  char             *period;
  char             *region;
  char             *measures;
  CareerSource     *source;
};

G_DEFINE_FINAL_TYPE (CareerFigure, career_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VALUE,
  PROP_CURRENCY,
  PROP_PERIOD,
  PROP_REGION,
  PROP_MEASURES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
career_figure_finalize (GObject *object)
{
  CareerFigure *self = (CareerFigure *) object;

  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->period, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->measures, g_free);
  g_clear_pointer (&self->source, career_source_free);

  G_OBJECT_CLASS (career_figure_parent_class)->finalize (object);
}

static void
career_figure_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CareerFigure *self = CAREER_FIGURE (object);

  switch (prop_id)
    {
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_CURRENCY:
      g_value_set_string (value, self->currency);
      break;
    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;
    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;
    case PROP_MEASURES:
      g_value_set_string (value, self->measures);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_figure_class_init (CareerFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_figure_finalize;
  object_class->get_property = career_figure_get_property;

  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENCY] =
    g_param_spec_string ("currency", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD] =
    g_param_spec_string ("period", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURES] =
    g_param_spec_string ("measures", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
career_figure_init (CareerFigure *self)
{
}

static CareerFigure *
figure_new (CareerFigureKind  kind,
            double            value,
            const char       *period,
            const char       *region,
            const char       *measures,
            CareerSource     *source)
{
  CareerFigure *self = g_object_new (CAREER_TYPE_FIGURE, NULL);

  self->kind = kind;
  self->value = value;
  self->period = g_strdup (period);
  self->region = g_strdup (region);
  self->measures = g_strdup (measures);
  self->source = source;
  return self;
}

/**
 * career_figure_new_salary:
 * @source: (transfer full): where the figure comes from
 */
CareerFigure *
career_figure_new_salary (double        amount,
                          const char   *currency,
                          const char   *period,
                          const char   *region,
                          const char   *measures,
                          CareerSource *source)
{
  CareerFigure *self;

  g_return_val_if_fail (currency != NULL, NULL);
  g_return_val_if_fail (source != NULL, NULL);

  self = figure_new (CAREER_FIGURE_SALARY, amount, period, region, measures, source);
  self->currency = g_strdup (currency);
  return self;
}

/**
 * career_figure_new_outlook:
 * @source: (transfer full): where the figure comes from
 */
CareerFigure *
career_figure_new_outlook (double        growth_percent,
                           const char   *period,
                           const char   *region,
                           const char   *measures,
                           CareerSource *source)
{
  g_return_val_if_fail (source != NULL, NULL);

  return figure_new (CAREER_FIGURE_OUTLOOK, growth_percent, period, region, measures, source);
}

CareerFigureKind
career_figure_get_kind (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), 0);
  return self->kind;
}

double
career_figure_get_value (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), 0);
  return self->value;
}

const char *
career_figure_get_currency (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), NULL);
  return self->currency;
}

const char *
career_figure_get_period (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), NULL);
  return self->period;
}

const char *
career_figure_get_region (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), NULL);
  return self->region;
}

const char *
career_figure_get_measures (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), NULL);
  return self->measures;
}

const CareerSource *
career_figure_get_source (CareerFigure *self)
{
  g_return_val_if_fail (CAREER_IS_FIGURE (self), NULL);
  return self->source;
}
