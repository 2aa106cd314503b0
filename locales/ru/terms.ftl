# Термины: немецкие названия ведомств, пособий и программ – в одном месте.
# Те же id, что и в locales/de/terms.ftl. Значение: название кириллицей, как его произносят
# (чтобы сказать его в окошке), и немецкое название в скобках (чтобы найти его на табличке и в письме).
# Тексты никогда не пишут эти названия сами, а вставляют термин: { -jobcenter }.
#
# form: "long" – первое упоминание на экране: с коротким пояснением по-русски
#   (одно пояснение для каждого термина, везде одинаковое).
# case: падеж кириллической части, если название склоняется:
#   gen (родительный), dat (дательный), acc (винительный), ins (творительный), loc (предложный).
#   Без case – именительный. Несклоняемые названия (Фамилиенкассе, Кранкенкассе …) case не имеют.
#   Пример: «в { -jobcenter(case: "loc") }» → «в Джобцентре (Jobcenter)».
# См. docs/translation/ru.md.

## Ведомства и учреждения
-jobcenter = { $case ->
       *[nom] Джобцентр
        [gen] Джобцентра
        [dat] Джобцентру
        [ins] Джобцентром
        [loc] Джобцентре
    } ({ $form ->
       *[short] Jobcenter
        [long] Jobcenter, центр занятости
    })
-jugendamt = { $case ->
       *[nom] Югендамт
        [gen] Югендамта
        [dat] Югендамту
        [ins] Югендамтом
        [loc] Югендамте
    } ({ $form ->
       *[short] Jugendamt
        [long] Jugendamt, служба по делам детей
    })
-unterhaltsvorschussstelle = Унтерхальтсфоршусштелле ({ $form ->
       *[short] Unterhaltsvorschussstelle
        [long] Unterhaltsvorschussstelle, отдел пособия вместо алиментов
    })
-familienkasse = Фамилиенкассе ({ $form ->
       *[short] Familienkasse
        [long] Familienkasse, касса семейных пособий
    })
-wohngeldstelle = Вонгельдштелле ({ $form ->
       *[short] Wohngeldstelle
        [long] Wohngeldstelle, отдел жилищного пособия
    })
-elterngeldstelle = Эльтернгельдштелле ({ $form ->
       *[short] Elterngeldstelle
        [long] Elterngeldstelle, отдел родительского пособия
    })
-standesamt = { $case ->
       *[nom] Штандесамт
        [gen] Штандесамта
        [dat] Штандесамту
        [ins] Штандесамтом
        [loc] Штандесамте
    } ({ $form ->
       *[short] Standesamt
        [long] Standesamt, ЗАГС
    })
-amtsgericht = { $case ->
       *[nom] Амтсгерихт
        [gen] Амтсгерихта
        [dat] Амтсгерихту
        [ins] Амтсгерихтом
        [loc] Амтсгерихте
    } ({ $form ->
       *[short] Amtsgericht
        [long] Amtsgericht, местный суд
    })
-sozialamt = { $case ->
       *[nom] Зоциаламт
        [gen] Зоциаламта
        [dat] Зоциаламту
        [ins] Зоциаламтом
        [loc] Зоциаламте
    } ({ $form ->
       *[short] Sozialamt
        [long] Sozialamt, социальная служба
    })
-finanzamt = { $case ->
       *[nom] Финанцамт
        [gen] Финанцамта
        [dat] Финанцамту
        [ins] Финанцамтом
        [loc] Финанцамте
    } ({ $form ->
       *[short] Finanzamt
        [long] Finanzamt, налоговая
    })
-krankenkasse = Кранкенкассе ({ $form ->
       *[short] Krankenkasse
        [long] Krankenkasse, больничная касса
    })
-agentur-fuer-arbeit = Агентур фюр Арбайт ({ $form ->
       *[short] Agentur für Arbeit
        [long] Agentur für Arbeit, агентство по труду
    })
-auslaenderbehoerde = Ауслендербехёрде ({ $form ->
       *[short] Ausländerbehörde
        [long] Ausländerbehörde, ведомство по делам иностранцев
    })
-buergeramt = { $case ->
       *[nom] Бюргерамт
        [gen] Бюргерамта
        [dat] Бюргерамту
        [ins] Бюргерамтом
        [loc] Бюргерамте
    } ({ $form ->
       *[short] Bürgeramt
        [long] Bürgeramt, регистрация и документы
    })
-bamf = { $form ->
   *[short] БАМФ (BAMF)
    [long] БАМФ (BAMF, Федеральное ведомство по делам миграции и беженцев)
}
-vhs = { $form ->
   *[short] Фау-Ха-Эс (VHS)
    [long] Фольксхохшуле (Volkshochschule, VHS, курсы для взрослых)
}
-bca = { $form ->
   *[short] Бе-Це-А (BCA)
    [long] Бе-Це-А (BCA, уполномоченная по равным возможностям на рынке труда)
}
-mbe = { $form ->
   *[short] Эм-Бе-Э (MBE)
    [long] Миграционсбератунг (Migrationsberatung, MBE, консультация для взрослых мигрантов)
}
-jmd = { $form ->
   *[short] Йот-Эм-Де (JMD)
    [long] Югендмиграционсдинст (Jugendmigrationsdienst, JMD, служба для молодых мигрантов)
}
-iq-netzwerk = И-Ку Нетцверк ({ $form ->
       *[short] IQ Netzwerk
        [long] IQ Netzwerk, консультации по признанию дипломов
    })
-anerkennungs-finder = Анеркеннунгс-Финдер ({ $form ->
       *[short] Anerkennungs-Finder
        [long] Anerkennungs-Finder, поиск ведомства для признания
    })
-hilfetelefon = Хильфетелефон ({ $form ->
       *[short] Hilfetelefon Gewalt gegen Frauen
        [long] Hilfetelefon Gewalt gegen Frauen, горячая линия для женщин, переживающих насилие
    })
-elterntelefon = Эльтернтелефон ({ $form ->
       *[short] Elterntelefon
        [long] Elterntelefon, телефон доверия для родителей
    })

## Пособия
-kindergeld = { $case ->
       *[nom] Киндергельд
        [gen] Киндергельда
        [dat] Киндергельду
        [ins] Киндергельдом
        [loc] Киндергельде
    } ({ $form ->
       *[short] Kindergeld
        [long] Kindergeld, детское пособие
    })
-kinderzuschlag = { $case ->
       *[nom] Киндерцушлаг
        [gen] Киндерцушлага
        [dat] Киндерцушлагу
        [ins] Киндерцушлагом
        [loc] Киндерцушлаге
    } ({ $form ->
       *[short] Kinderzuschlag
        [long] Kinderzuschlag, KiZ, доплата на ребёнка
    })
-unterhaltsvorschuss = { $case ->
       *[nom] Унтерхальтсфоршус
        [gen] Унтерхальтсфоршуса
        [dat] Унтерхальтсфоршусу
        [ins] Унтерхальтсфоршусом
        [loc] Унтерхальтсфоршусе
    } ({ $form ->
       *[short] Unterhaltsvorschuss
        [long] Unterhaltsvorschuss, пособие вместо алиментов
    })
-buergergeld = { $case ->
       *[nom] Бюргергельд
        [gen] Бюргергельда
        [dat] Бюргергельду
        [ins] Бюргергельдом
        [loc] Бюргергельде
    } ({ $form ->
       *[short] Bürgergeld
        [long] Bürgergeld, базовое пособие
    })
-sozialhilfe = Зоциальхильфе ({ $form ->
       *[short] Sozialhilfe
        [long] Sozialhilfe, социальная помощь
    })
-neue-grundsicherung = Нойе Грундзихерунг ({ $form ->
       *[short] Neue Grundsicherung
        [long] Neue Grundsicherung, новое базовое пособие
    })
-grundsicherungsgeld = { $case ->
       *[nom] Грундзихерунгсгельд
        [gen] Грундзихерунгсгельда
        [dat] Грундзихерунгсгельду
        [ins] Грундзихерунгсгельдом
        [loc] Грундзихерунгсгельде
    } ({ $form ->
       *[short] Grundsicherungsgeld
        [long] Grundsicherungsgeld, новое базовое пособие
    })
-mehrbedarf = { $case ->
       *[nom] Мербедарф
        [gen] Мербедарфа
        [dat] Мербедарфу
        [ins] Мербедарфом
        [loc] Мербедарфе
    } ({ $form ->
       *[short] Mehrbedarf für Alleinerziehende
        [long] Mehrbedarf für Alleinerziehende, надбавка для одиноких родителей
    })
-wohngeld = { $case ->
       *[nom] Вонгельд
        [gen] Вонгельда
        [dat] Вонгельду
        [ins] Вонгельдом
        [loc] Вонгельде
    } ({ $form ->
       *[short] Wohngeld
        [long] Wohngeld, пособие на жильё
    })
-elterngeld = { $case ->
       *[nom] Эльтернгельд
        [gen] Эльтернгельда
        [dat] Эльтернгельду
        [ins] Эльтернгельдом
        [loc] Эльтернгельде
    } ({ $form ->
       *[short] Elterngeld
        [long] Elterngeld, родительское пособие
    })
-elterngeld-plus = Эльтернгельд Плюс (ElterngeldPlus)
-bildung-und-teilhabe = Бильдунг унд Тайльхабе ({ $form ->
       *[short] Bildung und Teilhabe
        [long] Bildung und Teilhabe, BuT, деньги на школу и досуг
    })
-asylbewerberleistungen = Азюльбеверберляйстунген ({ $form ->
       *[short] Asylbewerberleistungen
        [long] Asylbewerberleistungen, AsylbLG, пособие для просителей убежища
    })
-beratungshilfe = Бератунгсхильфе ({ $form ->
       *[short] Beratungshilfe
        [long] Beratungshilfe, оплата консультации юриста
    })
-beistandschaft = Байштандшафт ({ $form ->
       *[short] Beistandschaft
        [long] Beistandschaft, Югендамт помогает с алиментами
    })
-haushaltshilfe = Хаусхальтсхильфе ({ $form ->
       *[short] Haushaltshilfe
        [long] Haushaltshilfe, помощь по хозяйству
    })
-kinderkrankengeld = { $case ->
       *[nom] Киндеркранкенгельд
        [gen] Киндеркранкенгельда
        [dat] Киндеркранкенгельду
        [ins] Киндеркранкенгельдом
        [loc] Киндеркранкенгельде
    } ({ $form ->
       *[short] Kinderkrankengeld
        [long] Kinderkrankengeld, больничный по уходу за ребёнком
    })
-steuerklasse-2 = Штойерклассе II ({ $form ->
       *[short] Steuerklasse II
        [long] Steuerklasse II, налоговый класс II
    })
-entlastungsbetrag = { $case ->
       *[nom] Энтластунгсбетраг
        [gen] Энтластунгсбетрага
        [dat] Энтластунгсбетрагу
        [ins] Энтластунгсбетрагом
        [loc] Энтластунгсбетраге
    } ({ $form ->
       *[short] Entlastungsbetrag
        [long] Entlastungsbetrag, налоговый вычет
    })
-einstiegsgeld = { $case ->
       *[nom] Айнштигсгельд
        [gen] Айнштигсгельда
        [dat] Айнштигсгельду
        [ins] Айнштигсгельдом
        [loc] Айнштигсгельде
    } ({ $form ->
       *[short] Einstiegsgeld
        [long] Einstiegsgeld, доплата при выходе на работу
    })
-mutterschutz = { $case ->
       *[nom] Муттершутц
        [gen] Муттершутца
        [dat] Муттершутцу
        [ins] Муттершутцем
        [loc] Муттершутце
    } ({ $form ->
       *[short] Mutterschutz
        [long] Mutterschutz, охрана материнства
    })
-mutterschaftsgeld = { $case ->
       *[nom] Муттершафтсгельд
        [gen] Муттершафтсгельда
        [dat] Муттершафтсгельду
        [ins] Муттершафтсгельдом
        [loc] Муттершафтсгельде
    } ({ $form ->
       *[short] Mutterschaftsgeld
        [long] Mutterschaftsgeld, пособие по беременности и родам
    })
-elternzeit = Эльтернцайт ({ $form ->
       *[short] Elternzeit
        [long] Elternzeit, отпуск по уходу за ребёнком
    })

## Уход за детьми, школа, работа
-kita = { $case ->
       *[nom] Кита
        [gen] Киты
        [dat] Ките
        [acc] Киту
        [ins] Китой
        [loc] Ките
    } ({ $form ->
       *[short] Kita
        [long] Kita, детский сад
    })
-kita-gutschein = { $case ->
       *[nom] Кита-Гутшайн
        [gen] Кита-Гутшайна
        [dat] Кита-Гутшайну
        [ins] Кита-Гутшайном
        [loc] Кита-Гутшайне
    } ({ $form ->
       *[short] Kita-Gutschein
        [long] Kita-Gutschein, направление в детский сад
    })
-kindertagespflege = Киндертагеспфлеге ({ $form ->
       *[short] Kindertagespflege
        [long] Kindertagespflege, дневная няня
    })
-tagesmutter = Тагесмуттер ({ $form ->
       *[short] Tagesmutter
        [long] Tagesmutter, дневная няня
    })
-hort = { $case ->
       *[nom] Хорт
        [gen] Хорта
        [dat] Хорту
        [ins] Хортом
        [loc] Хорте
    } ({ $form ->
       *[short] Hort
        [long] Hort, группа продлённого дня
    })
-ganztag = { $case ->
       *[nom] Ганцтаг
        [gen] Ганцтага
        [dat] Ганцтагу
        [ins] Ганцтагом
        [loc] Ганцтаге
    } ({ $form ->
       *[short] Ganztag
        [long] Ganztag, школа полного дня
    })
-ogs = { $form ->
   *[short] О-Ге-Эс (OGS)
    [long] Оффене Ганцтагсшуле (Offene Ganztagsschule, OGS)
}
-integrationskurs = { $case ->
       *[nom] Интеграционскурс
        [gen] Интеграционскурса
        [dat] Интеграционскурсу
        [ins] Интеграционскурсом
        [loc] Интеграционскурсе
    } ({ $form ->
       *[short] Integrationskurs
        [long] Integrationskurs, интеграционный курс
    })
-berufssprachkurs = { $case ->
       *[nom] Беруфсшпрахкурс
        [gen] Беруфсшпрахкурса
        [dat] Беруфсшпрахкурсу
        [ins] Беруфсшпрахкурсом
        [loc] Беруфсшпрахкурсе
    } ({ $form ->
       *[short] Berufssprachkurs
        [long] Berufssprachkurs, курс немецкого для работы
    })
-bildungsgutschein = { $case ->
       *[nom] Бильдунгсгутшайн
        [gen] Бильдунгсгутшайна
        [dat] Бильдунгсгутшайну
        [ins] Бильдунгсгутшайном
        [loc] Бильдунгсгутшайне
    } ({ $form ->
       *[short] Bildungsgutschein
        [long] Bildungsgutschein, ваучер на обучение
    })
-avgs = { $form ->
   *[short] А-Фау-Ге-Эс (AVGS)
    [long] А-Фау-Ге-Эс (AVGS, ваучер на коучинг и поиск работы)
}
-teilzeitausbildung = Тайльцайтаусбильдунг ({ $form ->
       *[short] Teilzeitausbildung
        [long] Teilzeitausbildung, профобучение на неполный день
    })
-umschulung = Умшулунг ({ $form ->
       *[short] Umschulung
        [long] Umschulung, переобучение
    })

## Транспорт, места, пребывание, документы
-deutschlandticket = { $case ->
       *[nom] Дойчландтикет
        [gen] Дойчландтикета
        [dat] Дойчландтикету
        [ins] Дойчландтикетом
        [loc] Дойчландтикете
    } ({ $form ->
       *[short] Deutschlandticket
        [long] Deutschlandticket, билет на местный транспорт по всей Германии
    })
-deutschlandticket-sozial = { $case ->
       *[nom] Дойчландтикет Зоциаль
        [gen] Дойчландтикета Зоциаль
        [dat] Дойчландтикету Зоциаль
        [ins] Дойчландтикетом Зоциаль
        [loc] Дойчландтикете Зоциаль
    } ({ $form ->
       *[short] Deutschlandticket Sozial
        [long] Deutschlandticket Sozial, социальный билет
    })
-sozialticket = { $case ->
       *[nom] Зоциальтикет
        [gen] Зоциальтикета
        [dat] Зоциальтикету
        [ins] Зоциальтикетом
        [loc] Зоциальтикете
    } ({ $form ->
       *[short] Sozialticket
        [long] Sozialticket, социальный билет
    })
-vrr = { $form ->
   *[short] Фау-Эр-Эр (VRR)
    [long] Фау-Эр-Эр (VRR, транспортный союз Рейн-Рур)
}
-nrw = { $form ->
   *[short] Эн-Эр-Вэ (NRW)
    [long] Северный Рейн-Вестфалия (NRW)
}
-duldung = Дульдунг ({ $form ->
       *[short] Duldung
        [long] Duldung, отсрочка депортации
    })
-aufenthaltstitel = { $case ->
       *[nom] Ауфентхальтститель
        [gen] Ауфентхальтстителя
        [dat] Ауфентхальтстителю
        [ins] Ауфентхальтстителем
        [loc] Ауфентхальтстителе
    } ({ $form ->
       *[short] Aufenthaltstitel
        [long] Aufenthaltstitel, вид на жительство
    })
-steuer-id = Штойер-И-Де ({ $form ->
       *[short] Steuer-ID
        [long] Steuer-ID, налоговый номер
    })
-bescheid = { $case ->
       *[nom] Бешайд
        [gen] Бешайда
        [dat] Бешайду
        [ins] Бешайдом
        [loc] Бешайде
    } ({ $form ->
       *[short] Bescheid
        [long] Bescheid, письменное решение ведомства
    })

## Geburt, Krankheit (dialogs/family.toml)
-vaterschaftsanerkennung = Фатершафтсанеркеннунг ({ $form ->
       *[short] Vaterschaftsanerkennung
        [long] Vaterschaftsanerkennung, признание отцовства
    })
-sorgeerklaerung = Зоргеэрклерунг ({ $form ->
       *[short] Sorgeerklärung
        [long] Sorgeerklärung, заявление о совместной опеке
    })
-negativbescheinigung = Негативбешайнигунг ({ $form ->
       *[short] Negativbescheinigung
        [long] Negativbescheinigung, справка о единоличной опеке
    })
-geburtsurkunde = Гебуртсуркунде ({ $form ->
       *[short] Geburtsurkunde
        [long] Geburtsurkunde, свидетельство о рождении
    })
-familienversicherung = Фамилиенферзихерунг ({ $form ->
       *[short] Familienversicherung
        [long] Familienversicherung, бесплатная семейная страховка
    })
-bas = Бундесамт фюр Социале Зихерунг ({ $form ->
       *[short] Bundesamt für Soziale Sicherung
        [long] Bundesamt für Soziale Sicherung, BAS
    })
-entgeltfortzahlung = Энтгельтфортцалунг ({ $form ->
       *[short] Entgeltfortzahlung
        [long] Entgeltfortzahlung, зарплата во время болезни
    })
-krankengeld = Кранкенгельд ({ $form ->
       *[short] Krankengeld
        [long] Krankengeld, больничные от кассы
    })
-sozialdienst = социальная служба больницы (Sozialdienst)
-versorgungsamt-dortmund = Versorgungsamt в Дортмунде (Gemeinsames Versorgungsamt Dortmund)
