# Терміни: німецькі назви відомств, виплат і програм – в одному місці.
# Ті самі id, що й у locales/de/terms.ftl. Значення: назва кирилицею, як її вимовляють
# (щоб сказати її у віконці), і німецька назва в дужках (щоб знайти її на табличці та в листі).
# Тексти ніколи не пишуть ці назви самі, а вставляють термін: { -jobcenter }.
#
# form: "long" – перша згадка на екрані: з коротким поясненням українською
#   (одне пояснення для кожного терміна, скрізь однакове).
# case: відмінок кириличної частини, якщо назва відмінюється:
#   gen (родовий), dat (давальний), acc (знахідний), ins (орудний), loc (місцевий).
#   Без case – називний. Незмінні назви (Фамілієнкассе, Кранкенкассе …) case не мають.
#   Приклад: «у { -jobcenter(case: "loc") }» → «у Джобцентрі (Jobcenter)».
# Див. docs/translation/uk.md.

## Відомства та установи

-jobcenter = { $case ->
       *[nom] Джобцентр
        [gen] Джобцентру
        [dat] Джобцентру
        [ins] Джобцентром
        [loc] Джобцентрі
    } ({ $form ->
       *[short] Jobcenter
        [long] Jobcenter, центр зайнятості
    })
-jugendamt = { $case ->
       *[nom] Юґендамт
        [gen] Юґендамту
        [dat] Юґендамту
        [ins] Юґендамтом
        [loc] Юґендамті
    } ({ $form ->
       *[short] Jugendamt
        [long] Jugendamt, служба у справах дітей
    })
-unterhaltsvorschussstelle = Унтергальтсфоршусштелле ({ $form ->
       *[short] Unterhaltsvorschussstelle
        [long] Unterhaltsvorschussstelle, відділ аліментів від держави
    })
-familienkasse = Фамілієнкассе ({ $form ->
       *[short] Familienkasse
        [long] Familienkasse, каса сімейних виплат
    })
-wohngeldstelle = Вонґельдштелле ({ $form ->
       *[short] Wohngeldstelle
        [long] Wohngeldstelle, відділ допомоги на житло
    })
-elterngeldstelle = Ельтернґельдштелле ({ $form ->
       *[short] Elterngeldstelle
        [long] Elterngeldstelle, відділ батьківської допомоги
    })
-standesamt = { $case ->
       *[nom] Штандесамт
        [gen] Штандесамту
        [dat] Штандесамту
        [ins] Штандесамтом
        [loc] Штандесамті
    } ({ $form ->
       *[short] Standesamt
        [long] Standesamt, РАЦС
    })
-amtsgericht = { $case ->
       *[nom] Амтсґеріхт
        [gen] Амтсґеріхту
        [dat] Амтсґеріхту
        [ins] Амтсґеріхтом
        [loc] Амтсґеріхті
    } ({ $form ->
       *[short] Amtsgericht
        [long] Amtsgericht, місцевий суд
    })
-sozialamt = { $case ->
       *[nom] Зоціаламт
        [gen] Зоціаламту
        [dat] Зоціаламту
        [ins] Зоціаламтом
        [loc] Зоціаламті
    } ({ $form ->
       *[short] Sozialamt
        [long] Sozialamt, соціальна служба
    })
-finanzamt = { $case ->
       *[nom] Фінанцамт
        [gen] Фінанцамту
        [dat] Фінанцамту
        [ins] Фінанцамтом
        [loc] Фінанцамті
    } ({ $form ->
       *[short] Finanzamt
        [long] Finanzamt, податкова
    })
-krankenkasse = Кранкенкассе ({ $form ->
       *[short] Krankenkasse
        [long] Krankenkasse, лікарняна каса
    })
-agentur-fuer-arbeit = Аґентур фюр Арбайт ({ $form ->
       *[short] Agentur für Arbeit
        [long] Agentur für Arbeit, агентство з праці
    })
-auslaenderbehoerde = Ауслендербегерде ({ $form ->
       *[short] Ausländerbehörde
        [long] Ausländerbehörde, відомство у справах іноземців
    })
-buergeramt = { $case ->
       *[nom] Бюрґерамт
        [gen] Бюрґерамту
        [dat] Бюрґерамту
        [ins] Бюрґерамтом
        [loc] Бюрґерамті
    } ({ $form ->
       *[short] Bürgeramt
        [long] Bürgeramt, реєстрація та документи
    })
-bamf = { $form ->
   *[short] Бамф (BAMF)
    [long] Бамф (BAMF, Федеральне відомство у справах міграції та біженців)
}
-vhs = { $form ->
   *[short] Фау-Га-Ес (VHS)
    [long] Фольксгохшуле (Volkshochschule, VHS, курси для дорослих)
}
-bca = { $form ->
   *[short] Бе-Це-А (BCA)
    [long] Бе-Це-А (BCA, уповноважена з рівних можливостей на ринку праці)
}
-mbe = { $form ->
   *[short] Ем-Бе-Е (MBE)
    [long] Міґраціонсбератунґ (Migrationsberatung, MBE, консультація для дорослих мігрантів)
}
-jmd = { $form ->
   *[short] Йот-Ем-Де (JMD)
    [long] Юґендміґраціонсдінст (Jugendmigrationsdienst, JMD, служба для молодих мігрантів)
}
-iq-netzwerk = І-Ку Нетцверк ({ $form ->
       *[short] IQ Netzwerk
        [long] IQ Netzwerk, консультації з визнання дипломів
    })
-anerkennungs-finder = Анеркеннунґс-Фіндер ({ $form ->
       *[short] Anerkennungs-Finder
        [long] Anerkennungs-Finder, пошук відомства для визнання
    })
-hilfetelefon = Гільфетелефон ({ $form ->
       *[short] Hilfetelefon Gewalt gegen Frauen
        [long] Hilfetelefon Gewalt gegen Frauen, гаряча лінія для жінок, які зазнають насильства
    })
-elterntelefon = Ельтернтелефон ({ $form ->
       *[short] Elterntelefon
        [long] Elterntelefon, телефон довіри для батьків
    })

## Виплати

-kindergeld = { $case ->
       *[nom] Кіндерґельд
        [gen] Кіндерґельду
        [dat] Кіндерґельду
        [ins] Кіндерґельдом
        [loc] Кіндерґельді
    } ({ $form ->
       *[short] Kindergeld
        [long] Kindergeld, допомога на дитину
    })
-kinderzuschlag = { $case ->
       *[nom] Кіндерцушлаг
        [gen] Кіндерцушлагу
        [dat] Кіндерцушлагу
        [ins] Кіндерцушлагом
        [loc] Кіндерцушлагу
    } ({ $form ->
       *[short] Kinderzuschlag
        [long] Kinderzuschlag, KiZ, доплата на дитину
    })
-unterhaltsvorschuss = { $case ->
       *[nom] Унтергальтсфоршус
        [gen] Унтергальтсфоршусу
        [dat] Унтергальтсфоршусу
        [ins] Унтергальтсфоршусом
        [loc] Унтергальтсфоршусі
    } ({ $form ->
       *[short] Unterhaltsvorschuss
        [long] Unterhaltsvorschuss, аліменти від держави
    })
-buergergeld = { $case ->
       *[nom] Бюрґерґельд
        [gen] Бюрґерґельду
        [dat] Бюрґерґельду
        [ins] Бюрґерґельдом
        [loc] Бюрґерґельді
    } ({ $form ->
       *[short] Bürgergeld
        [long] Bürgergeld, базова допомога
    })
-sozialhilfe = Зоціальгільфе ({ $form ->
       *[short] Sozialhilfe
        [long] Sozialhilfe, соціальна допомога
    })
-neue-grundsicherung = Нойє Ґрундзіхерунґ ({ $form ->
       *[short] Neue Grundsicherung
        [long] Neue Grundsicherung, нова базова допомога
    })
-grundsicherungsgeld = { $case ->
       *[nom] Ґрундзіхерунґсґельд
        [gen] Ґрундзіхерунґсґельду
        [dat] Ґрундзіхерунґсґельду
        [ins] Ґрундзіхерунґсґельдом
        [loc] Ґрундзіхерунґсґельді
    } ({ $form ->
       *[short] Grundsicherungsgeld
        [long] Grundsicherungsgeld, нова базова допомога
    })
-mehrbedarf = { $case ->
       *[nom] Мербедарф
        [gen] Мербедарфу
        [dat] Мербедарфу
        [ins] Мербедарфом
        [loc] Мербедарфі
    } ({ $form ->
       *[short] Mehrbedarf für Alleinerziehende
        [long] Mehrbedarf für Alleinerziehende, надбавка для одиноких батьків
    })
-wohngeld = { $case ->
       *[nom] Вонґельд
        [gen] Вонґельду
        [dat] Вонґельду
        [ins] Вонґельдом
        [loc] Вонґельді
    } ({ $form ->
       *[short] Wohngeld
        [long] Wohngeld, допомога на житло
    })
-elterngeld = { $case ->
       *[nom] Ельтернґельд
        [gen] Ельтернґельду
        [dat] Ельтернґельду
        [ins] Ельтернґельдом
        [loc] Ельтернґельді
    } ({ $form ->
       *[short] Elterngeld
        [long] Elterngeld, батьківська допомога
    })
-elterngeld-plus = Ельтернґельд Плюс (ElterngeldPlus)
-bildung-und-teilhabe = Більдунґ унд Тайлгабе ({ $form ->
       *[short] Bildung und Teilhabe
        [long] Bildung und Teilhabe, BuT, гроші на школу й дозвілля
    })
-asylbewerberleistungen = Азюльбеверберляйстунґен ({ $form ->
       *[short] Asylbewerberleistungen
        [long] Asylbewerberleistungen, AsylbLG, допомога шукачам притулку
    })
-beratungshilfe = Бератунґсгільфе ({ $form ->
       *[short] Beratungshilfe
        [long] Beratungshilfe, оплата консультації юриста
    })
-beistandschaft = Байштандшафт ({ $form ->
       *[short] Beistandschaft
        [long] Beistandschaft, Юґендамт допомагає з аліментами
    })
-haushaltshilfe = Гаусгальтсгільфе ({ $form ->
       *[short] Haushaltshilfe
        [long] Haushaltshilfe, допомога по господарству
    })
-kinderkrankengeld = { $case ->
       *[nom] Кіндеркранкенґельд
        [gen] Кіндеркранкенґельду
        [dat] Кіндеркранкенґельду
        [ins] Кіндеркранкенґельдом
        [loc] Кіндеркранкенґельді
    } ({ $form ->
       *[short] Kinderkrankengeld
        [long] Kinderkrankengeld, лікарняні по догляду за хворою дитиною
    })
-steuerklasse-2 = Штоєрклассе II ({ $form ->
       *[short] Steuerklasse II
        [long] Steuerklasse II, податковий клас II
    })
-entlastungsbetrag = { $case ->
       *[nom] Ентластунґсбетраґ
        [gen] Ентластунґсбетраґу
        [dat] Ентластунґсбетраґу
        [ins] Ентластунґсбетраґом
        [loc] Ентластунґсбетраґу
    } ({ $form ->
       *[short] Entlastungsbetrag
        [long] Entlastungsbetrag, податкова пільга
    })
-einstiegsgeld = { $case ->
       *[nom] Айнштіґсґельд
        [gen] Айнштіґсґельду
        [dat] Айнштіґсґельду
        [ins] Айнштіґсґельдом
        [loc] Айнштіґсґельді
    } ({ $form ->
       *[short] Einstiegsgeld
        [long] Einstiegsgeld, доплата за початок роботи
    })
-mutterschutz = { $case ->
       *[nom] Муттершуц
        [gen] Муттершуцу
        [dat] Муттершуцу
        [ins] Муттершуцом
        [loc] Муттершуці
    } ({ $form ->
       *[short] Mutterschutz
        [long] Mutterschutz, охорона материнства
    })
-mutterschaftsgeld = { $case ->
       *[nom] Муттершафтсґельд
        [gen] Муттершафтсґельду
        [dat] Муттершафтсґельду
        [ins] Муттершафтсґельдом
        [loc] Муттершафтсґельді
    } ({ $form ->
       *[short] Mutterschaftsgeld
        [long] Mutterschaftsgeld, допомога у зв’язку з вагітністю та пологами
    })
-elternzeit = Ельтернцайт ({ $form ->
       *[short] Elternzeit
        [long] Elternzeit, відпустка по догляду за дитиною
    })

## Догляд за дітьми, школа, робота

-kita = { $case ->
       *[nom] Кіта
        [gen] Кіти
        [dat] Кіті
        [acc] Кіту
        [ins] Кітою
        [loc] Кіті
    } ({ $form ->
       *[short] Kita
        [long] Kita, дитячий садок
    })
-kita-gutschein = { $case ->
       *[nom] Кіта-Ґутшайн
        [gen] Кіта-Ґутшайну
        [dat] Кіта-Ґутшайну
        [ins] Кіта-Ґутшайном
        [loc] Кіта-Ґутшайні
    } ({ $form ->
       *[short] Kita-Gutschein
        [long] Kita-Gutschein, направлення до дитсадка
    })
-kindertagespflege = Кіндертаґеспфлеґе ({ $form ->
       *[short] Kindertagespflege
        [long] Kindertagespflege, денна няня
    })
-tagesmutter = Таґесмуттер ({ $form ->
       *[short] Tagesmutter
        [long] Tagesmutter, денна няня
    })
-hort = { $case ->
       *[nom] Горт
        [gen] Горту
        [dat] Горту
        [ins] Гортом
        [loc] Горті
    } ({ $form ->
       *[short] Hort
        [long] Hort, група продовженого дня
    })
-ganztag = { $case ->
       *[nom] Ґанцтаґ
        [gen] Ґанцтаґу
        [dat] Ґанцтаґу
        [ins] Ґанцтаґом
        [loc] Ґанцтаґу
    } ({ $form ->
       *[short] Ganztag
        [long] Ganztag, школа на весь день
    })
-ogs = { $form ->
   *[short] О-Ґе-Ес (OGS)
    [long] Офене Ґанцтаґсшуле (Offene Ganztagsschule, OGS)
}
-integrationskurs = { $case ->
       *[nom] Інтеґраціонскурс
        [gen] Інтеґраціонскурсу
        [dat] Інтеґраціонскурсу
        [ins] Інтеґраціонскурсом
        [loc] Інтеґраціонскурсі
    } ({ $form ->
       *[short] Integrationskurs
        [long] Integrationskurs, інтеграційний курс
    })
-berufssprachkurs = { $case ->
       *[nom] Беруфсшпрахкурс
        [gen] Беруфсшпрахкурсу
        [dat] Беруфсшпрахкурсу
        [ins] Беруфсшпрахкурсом
        [loc] Беруфсшпрахкурсі
    } ({ $form ->
       *[short] Berufssprachkurs
        [long] Berufssprachkurs, курс німецької для роботи
    })
-bildungsgutschein = { $case ->
       *[nom] Більдунґсґутшайн
        [gen] Більдунґсґутшайну
        [dat] Більдунґсґутшайну
        [ins] Більдунґсґутшайном
        [loc] Більдунґсґутшайні
    } ({ $form ->
       *[short] Bildungsgutschein
        [long] Bildungsgutschein, ваучер на навчання
    })
-avgs = { $form ->
   *[short] А-Фау-Ґе-Ес (AVGS)
    [long] А-Фау-Ґе-Ес (AVGS, ваучер на коучинг і пошук роботи)
}
-teilzeitausbildung = Тайлцайтаусбільдунґ ({ $form ->
       *[short] Teilzeitausbildung
        [long] Teilzeitausbildung, професійне навчання на неповний день
    })
-umschulung = Умшулунґ ({ $form ->
       *[short] Umschulung
        [long] Umschulung, перекваліфікація
    })

## Транспорт, місця, перебування, документи

-deutschlandticket = { $case ->
       *[nom] Дойчландтікет
        [gen] Дойчландтікета
        [dat] Дойчландтікету
        [ins] Дойчландтікетом
        [loc] Дойчландтікеті
    } ({ $form ->
       *[short] Deutschlandticket
        [long] Deutschlandticket, квиток на місцевий транспорт по всій Німеччині
    })
-deutschlandticket-sozial = { $case ->
       *[nom] Дойчландтікет Зоціаль
        [gen] Дойчландтікета Зоціаль
        [dat] Дойчландтікету Зоціаль
        [ins] Дойчландтікетом Зоціаль
        [loc] Дойчландтікеті Зоціаль
    } ({ $form ->
       *[short] Deutschlandticket Sozial
        [long] Deutschlandticket Sozial, соціальний квиток
    })
-sozialticket = { $case ->
       *[nom] Зоціальтікет
        [gen] Зоціальтікета
        [dat] Зоціальтікету
        [ins] Зоціальтікетом
        [loc] Зоціальтікеті
    } ({ $form ->
       *[short] Sozialticket
        [long] Sozialticket, соціальний квиток
    })
-vrr = { $form ->
   *[short] Фау-Ер-Ер (VRR)
    [long] Фау-Ер-Ер (VRR, транспортне об’єднання Рейн-Рур)
}
-nrw = { $form ->
   *[short] Ен-Ер-Ве (NRW)
    [long] Північний Рейн – Вестфалія (NRW)
}
-duldung = Дульдунґ ({ $form ->
       *[short] Duldung
        [long] Duldung, відстрочка депортації
    })
-aufenthaltstitel = { $case ->
       *[nom] Ауфентгальтстітель
        [gen] Ауфентгальтстітеля
        [dat] Ауфентгальтстітелю
        [ins] Ауфентгальтстітелем
        [loc] Ауфентгальтстітелі
    } ({ $form ->
       *[short] Aufenthaltstitel
        [long] Aufenthaltstitel, дозвіл на проживання
    })
-steuer-id = Штоєр-І-Де ({ $form ->
       *[short] Steuer-ID
        [long] Steuer-ID, податковий номер
    })
-bescheid = { $case ->
       *[nom] Бешайд
        [gen] Бешайду
        [dat] Бешайду
        [ins] Бешайдом
        [loc] Бешайді
    } ({ $form ->
       *[short] Bescheid
        [long] Bescheid, письмове рішення відомства
    })

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = Фатершафтсанеркеннунґ ({ $form ->
       *[short] Vaterschaftsanerkennung
        [long] Vaterschaftsanerkennung, визнання батьківства
    })
-sorgeerklaerung = Зорґеерклерунґ ({ $form ->
       *[short] Sorgeerklärung
        [long] Sorgeerklärung, заява про спільну опіку
    })
-negativbescheinigung = Неґатівбешайніґунґ ({ $form ->
       *[short] Negativbescheinigung
        [long] Negativbescheinigung, довідка про одноосібну опіку
    })
-geburtsurkunde = Ґебуртсуркунде ({ $form ->
       *[short] Geburtsurkunde
        [long] Geburtsurkunde, свідоцтво про народження
    })
-familienversicherung = Фамілієнферзіхерунґ ({ $form ->
       *[short] Familienversicherung
        [long] Familienversicherung, безкоштовне сімейне страхування
    })
-bas = Бундесамт фюр Соціале Зіхерунґ ({ $form ->
       *[short] Bundesamt für Soziale Sicherung
        [long] Bundesamt für Soziale Sicherung, BAS
    })
-entgeltfortzahlung = Ентґельтфортцалунґ ({ $form ->
       *[short] Entgeltfortzahlung
        [long] Entgeltfortzahlung, зарплата під час хвороби
    })
-krankengeld = Кранкенґельд ({ $form ->
       *[short] Krankengeld
        [long] Krankengeld, лікарняні від каси
    })
-sozialdienst = Соціальна служба лікарні (Sozialdienst)
-versorgungsamt-dortmund = Versorgungsamt у Дортмунді (Gemeinsames Versorgungsamt Dortmund)
