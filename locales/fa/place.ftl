### کجا زندگی می‌کنید: شبکه، محل، و پاسخ صادقانه بیرون از شبکه‌ها.

place-pick-town = 📍 کد پستی { $postcode } در چند جا وجود دارد. کجا زندگی می‌کنید؟
place-town-option = 📍 { $town }
place-pick-network = 📍 کجا زندگی می‌کنید؟ آن وقت خدمات نزدیک شما را نشان می‌دهم.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ جای دیگر
place-outside =
    📍 متأسفانه برای محل زندگی شما هیچ خدمت محلی نمی‌شناسم.
    خدمات شهرهای دیگر را نشان نمی‌دهم – نمی‌توانید به آن‌جا بروید.
    آنچه در همه‌جای آلمان معتبر است، باز هم این‌جاست: کمک‌ها، حقوق، درخواست‌ها.
place-nationwide =
    📞 در همه‌جای آلمان، رایگان:
    • { -familienkasse }: 0800 4 5555 30 (دوشنبه تا جمعه 8 تا 18)
    • { -hilfetelefon }: 116 016 – شبانه‌روزی
    • { -elterntelefon }: 0800 111 0 550

    🔎 { -jobcenter } شما: در arbeitsagentur.de با کد پستی‌تان پیدایش می‌کنید.
    🔎 { -jugendamt } شما: هر شهر و هر شهرستان (Landkreis) یکی دارد. در شهرداری بپرسید.

main-opt-here = 📍 کمک در محل زندگی من

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    در ووپرتال (Wuppertal):
    • { -elterngeld }: صندوق کمک‌هزینهٔ والدین شهر (Elterngeldkasse).
    • { -wohngeld }: { -wohngeldstelle } شهر.
    • جا در { -kita }: در درگاه نگهداری کودک شهر (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    در هاگن (Hagen):
    • { -elterngeld }: ادارهٔ Versorgungsamt در دورتموند. مسئول هاگن هم هست.
    • { -wohngeld }: { -wohngeldstelle } در شهرداری هاگن.
    • جا در { -kita }: در درگاه کیتای شهر (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    در لیشتنبرگ (Lichtenberg):
    • { -elterngeld }: { -jugendamt } لیشتنبرگ.
    • { -wohngeld }: ادارهٔ مسکن منطقه (Wohnungsamt). وقت ملاقات از طریق شمارهٔ 115.
    • { -kita-gutschein }: از { -jugendamt }؛ درخواست را در { -buergeramt } تحویل می‌دهید.
    • دفتر خانواده (Familienbüro) در درخواست‌ها کمک می‌کند.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    در شهرستان کلوپنبورگ (Landkreis Cloppenburg):
    • { -elterngeld }: { -elterngeldstelle } در ساختمان شهرستان (Kreishaus) در کلوپنبورگ.
    • { -wohngeld }: شهرداری شهر یا بخش شما (Gemeinde).
    • جا در { -kita }: از بخش شما، آنلاین از طریق «Little Bird».
