### العروض المحلية: القوائم والمكاتب والترجمات

offers-first = ⏮️ العودة إلى بداية القائمة
offers-card-name-de = 🏷️ بالألمانية: { $name }
offers-card-info = ℹ️ { $text }
offers-card-in-german = 🇩🇪 (بالألمانية فقط) { $text }
offers-by-appointment = بموعد مسبق
offers-office-open = 📍 { $office }: العنوان وأوقات العمل
offers-office-none = 📋 لم يُسجَّل عنوان لهذا المكتب بعد. يرجى السؤال في { -jobcenter } أو { -jugendamt }.
