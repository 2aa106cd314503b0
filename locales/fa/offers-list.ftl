### پیشنهادهای محلی: فهرست‌ها، ادارات، ترجمه‌ها

offers-first = ⏮️ بازگشت به ابتدای فهرست
offers-card-name-de = 🏷️ به آلمانی: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (فقط به آلمانی) { $text }
offers-by-appointment = با وقت قبلی
offers-office-open = 📍 { $office }: نشانی و ساعات کار
offers-office-none = 📋 هنوز نشانی‌ای برای این اداره ثبت نشده است. لطفاً از { -jobcenter } یا { -jugendamt } بپرسید.
