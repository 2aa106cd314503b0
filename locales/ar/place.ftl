### أين تسكن: الشبكة والمكان، والجواب الصادق خارج الشبكات.

place-pick-town = 📍 الرمز البريدي { $postcode } موجود في عدة أماكن. أين تسكن؟
place-town-option = 📍 { $town }
place-pick-network = 📍 أين تسكن؟ عندها أعرض لك الخدمات القريبة منك.
place-network-option = 📍 { $place }
place-elsewhere = 🗺️ في مكان آخر
place-outside =
    📍 للأسف لا أعرف خدمات محلية في مكان سكنك.
    لن أعرض لك خدمات من مدن أخرى – فلن تستطيع الوصول إليها.
    ما يسري في كل ألمانيا تجده هنا مع ذلك: المساعدات والحقوق والطلبات.
place-nationwide =
    📞 في كل أنحاء ألمانيا، مجانًا:
    • { -familienkasse }: 0800 4 5555 30 (من الاثنين إلى الجمعة 8–18)
    • { -hilfetelefon }: 116 016 – ليلًا ونهارًا
    • { -elterntelefon }: 0800 111 0 550

    🔎 { -jobcenter } الخاص بك: تجده على موقع arbeitsagentur.de برمزك البريدي.
    🔎 { -jugendamt } الخاص بك: لكل مدينة ولكل مقاطعة (Landkreis) واحد. اسأل في البلدية.

main-opt-here = 📍 المساعدة في مكان سكني

place-here-wuppertal =
    📍 { $network_name }
    👉 { $network_contact }

    في فوبرتال (Wuppertal):
    • { -elterngeld }: مكتب إعانة الوالدين في البلدية (Elterngeldkasse).
    • { -wohngeld }: { -wohngeldstelle } في البلدية.
    • مكان في { -kita }: عبر بوابة رعاية الأطفال في البلدية (Kinderbetreuungsportal).

place-here-hagen =
    📍 { $network_name }
    👉 { $network_contact }

    في هاغن (Hagen):
    • { -elterngeld }: مكتب الرعاية (Versorgungsamt) في دورتموند. وهو المسؤول عن هاغن أيضًا.
    • { -wohngeld }: { -wohngeldstelle } في مبنى بلدية هاغن.
    • مكان في { -kita }: عبر بوابة الحضانات في البلدية (Kitaportal).

place-here-lichtenberg =
    📍 { $network_name }
    👉 { $network_contact }

    في ليشتنبرغ (Lichtenberg):
    • { -elterngeld }: { -jugendamt } في ليشتنبرغ.
    • { -wohngeld }: مكتب السكن في الحي (Wohnungsamt). المواعيد عبر الرقم 115.
    • { -kita-gutschein }: من { -jugendamt }، وتقدّم الطلب في أحد مكاتب { -buergeramt }.
    • مكتب العائلة (Familienbüro) يساعدك في الطلبات.

place-here-cloppenburg =
    📍 { $network_name }
    👉 { $network_contact }

    في مقاطعة كلوبنبورغ (Landkreis Cloppenburg):
    • { -elterngeld }: { -elterngeldstelle } في مبنى المقاطعة (Kreishaus) في كلوبنبورغ.
    • { -wohngeld }: بلدية مدينتك أو بلدتك (Gemeinde).
    • مكان في { -kita }: من بلدتك، عبر الإنترنت في بوابة “Little Bird”.
