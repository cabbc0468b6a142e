/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CAREER_TYPE_TRANSFER_CREDIT (career_transfer_credit_get_type ())

G_DECLARE_FINAL_TYPE (CareerTransferCredit, career_transfer_credit,
                      CAREER, TRANSFER_CREDIT, GObject)

CareerTransferCredit *career_transfer_credit_new         (const char           *title,
                                                          double                credits,
                                                          const char           *note);
const char           *career_transfer_credit_get_title   (CareerTransferCredit *self);
double                career_transfer_credit_get_credits (CareerTransferCredit *self);
const char           *career_transfer_credit_get_note    (CareerTransferCredit *self);

G_END_DECLS
