# `qnr fill`: экраны, подсказки, справка и сводка (src/fill/, src/commands/fill.rs).

## Файл ответа

# Блокировку ответа удерживает другой экземпляр qnr.
fill-busy = другой экземпляр qnr уже заполняет `{ $path }` (процесс { $pid }, с { $since }); сначала завершите его работу (файл блокировки: `{ $lock }`)
# Первое сохранение не удалось, файл ещё не создан.
fill-not-saved-new =
    { $cause }
    {"  "}Ничего не сохранено: файл `{ $path }` не создан.
    { $unsaved }{"  "}Освободите место на диске или разрешите запись в папку, затем снова выполните `qnr fill { $path }`.
fill-banner = { $file } ({ $state }), вопросник { $questionnaire }
fill-banner-new = новый файл
fill-banner-resuming = продолжение
fill-saved-summary = Даны ответы на { $answered } из { $total } { $total ->
    [one] рекомендации
    [few] рекомендаций
    [many] рекомендаций
   *[other] рекомендации
}, сохранено в `{ $file }`
fill-nothing-saved = ни одного ответа не дано, поэтому файл `{ $file }` не создан
fill-left-as-it-was = (файл `{ $file }` оставлен без изменений)
fill-then-validate = { $saved }; проверьте его командой `qnr validate { $file }`
fill-then-resume = { $saved }; продолжить можно командой `qnr fill { $file }`
fill-interrupted-saved = работа прервана: все подтверждённые ответы сохранены в `{ $file }`; продолжить можно командой `qnr fill { $file }`
fill-interrupted-nothing = работа прервана: ни одного ответа не дано, поэтому файл `{ $file }` не создан
fill-unknown-goto = `--goto { $id }`: нет ни рекомендации, ни поля с таким идентификатором; их перечень выводит `qnr schema show`
fill-several-replies = здесь { $count ->
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
} ({ $names }); укажите, какой из них заполнять: `qnr fill ФАЙЛ`
fill-output-exists = файл `{ $file }` уже существует; укажите новый файл для заполнения
fill-unknown-extension = `qnr fill` не может определить формат `{ $file }` по имени файла; дайте ему расширение { $extensions }
fill-own-layout = у `{ $form }` собственная вёрстка, которую qnr не смог бы воспроизвести без изменений: файл не затрагивается, а ответы сохраняются в новом файле `{ $new }`
fill-removed-outside = файл `{ $file }` был удалён вне qnr; он создаётся заново с ответами этого сеанса
fill-taken-from-outside = файл `{ $file }` был изменён вне qnr; оттуда сохранено: { $parts }
fill-unreadable-outside = файл `{ $file }` был изменён вне qnr и больше не может быть прочитан без потерь, поэтому qnr оставляет его как есть
fill-form-cannot-hold = `{ $file }` не может вместить { $part } в том виде, в каком это размещается в форме { $format }
fill-side-file = { $why }; с этого момента ответы этого сеанса сохраняются в `{ $side }`
fill-conflict = файл `{ $file }` был изменён вне qnr, и { $what } изменено и в файле, и в этом сеансе.
fill-conflict-here = в этом сеансе: { $version }
fill-conflict-there = в файле: { $version }
fill-conflict-keys = Какой вариант сохранить? 1 — из этого сеанса, 2 — из файла
fill-empty = (пусто)
fill-unanswered = без ответа
fill-not-saved-heading = Не сохранено, скопируйте отсюда:

## Где находится пользователь

fill-place-field = Респондент · Поле { $n } из { $count } · { $answered }
fill-place-item = { $issue } · { $recommendation } из { $count } · { $answered }
fill-answered = ответов: { $answered } из { $total }
fill-saved-in = сохранено в { $file }
fill-not-created-yet = файл { $file } будет создан при первом ответе
fill-origin-saved = сохранено
fill-origin-last-round = предыдущий цикл
fill-origin-suggested = предложено
fill-now = сейчас: { $value } ({ $origin })

## Вопросы и клавиши

fill-required = обязательное поле
fill-optional = необязательное поле
fill-kind-date = дата: ГГГГ-ММ-ДД
fill-kind-email = адрес электронной почты
fill-digits-too = (или 1/2)
fill-enter-keeps = Enter — оставить { $value } ·
fill-moves = { $back } — назад · { $skip } — пропустить · { $goto } — перейти · { $quit } — сохранить и выйти · ? — справка
# Буквы перемещений; никогда не совпадают с буквой ответа (д, н).
fill-key-back = в
fill-key-skip = п
fill-key-goto = к
fill-key-quit = с
# Буквы действий с сохранённым комментарием; никогда не совпадают с буквами перемещений.
fill-key-edit = р
fill-key-retype = з
fill-key-delete = у
# Команды, вводимые после косой черты; английские названия тоже действуют.
fill-command-back = назад
fill-command-skip = пропустить
fill-command-goto = перейти
fill-command-quit = выйти
fill-command-editor = редактор
fill-command-clear = очистить
fill-command-help = справка
fill-field-hint = Enter — подтвердить · /назад /пропустить /перейти ID /выйти · /справка
fill-default-hint = { $origin }: { $value } · Enter — принять, ввод текста заменяет значение, → — изменить его
fill-paste-ignored = Вставленный текст здесь не воспринимается как нажатия клавиш: ответьте одной клавишей, а затем вставьте текст в комментарий.
fill-goto-prompt = Перейти к
fill-goto-hint = рекомендации, например { $item }, или полю, например { $field }; пустой ввод — остаться здесь
fill-first-question = Это первый вопрос; перед ним ничего нет.
fill-no-such-question = Вопроса `{ $id }` нет. Рекомендации: от { $first } до { $last }; поля: { $fields }.
fill-editor-for-comments = Редактор предназначен только для комментариев; введите значение здесь.
fill-not-a-command = { $command } не является командой; перечень команд выводит /справка.
fill-not-a-command-comment = { $command } не является командой; перечень команд выводит /справка (чтобы написать косую черту, начните с //)
fill-required-left-empty = Поле «{ $label }» обязательно и пока остаётся пустым; оно будет указано в сводке
fill-which-date = `{ $typed }` можно прочитать двояко: { $first } или { $second }?
fill-type-again = Esc — ввести заново
fill-long-date = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.
fill-not-a-date = `{ $value }` не является датой; укажите её в формате ГГГГ-ММ-ДД, например 2019-05-15
fill-not-an-email = `{ $value }` не является адресом электронной почты; укажите один адрес, например name@ministry.gov
fill-not-yes-no = `{ $value }` не является ни «{ $yes }», ни «{ $no }»

## Комментарии

fill-rule-required = обязательно
fill-rule-expected = желательно
fill-rule-optional = необязательно
fill-rule-limit = { $rule }, не более { $max } { $max ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}
fill-comment-hint = Введите абзац и нажмите Enter. Чтобы закончить, нажмите Enter в пустой строке.
fill-comment-keys = Tab — написать в { $editor } · /назад /пропустить /перейти ID /выйти · /справка
fill-words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слов
   *[other] { $count } слова
}
fill-words-of-most = слов: { $count } (не более { $max })
fill-words-over = { $count ->
    [one] { $count } слово
    [few] { $count } слова
    [many] { $count } слов
   *[other] { $count } слова
}: больше, чем { $max }, предусмотренных формой (текст сохранён; по возможности сократите его)
fill-comment-emptied = (комментарий снова пуст)
fill-comment-actions = Enter — оставить · { $edit } — изменить в { $editor } · { $retype } — написать заново · { $delete } — удалить · { $back } — назад · ? — справка
fill-required-comment = Раздел «{ $label }» обязателен при ответе «{ $choice }», но он пуст.
fill-required-comment-keys = Enter — написать сейчас · { $later } — пока оставить пустым (это будет указано в сводке)
fill-saved-item = ✓ Ответ на { $id } сохранён: { $choice }, { $words }
fill-editor-template =
    # Напишите комментарий над этой строкой; эта строка и всё, что ниже,
    # будут удалены. Разделяйте абзацы пустой строкой. Чтобы продолжить,
    # сохраните файл и закройте редактор; пустой комментарий означает
    # отсутствие комментария.
fill-editor-at-most = Не более { $max } { $max ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}.
fill-editor-not-started = не удалось запустить редактор `{ $editor }`: { $reason }; задайте $VISUAL или $EDITOR (например, `export EDITOR=nano`); комментарий не изменён
fill-editor-not-found = редактор `{ $editor }` не найден (он задан в $VISUAL или $EDITOR); задайте одну из этих переменных, например `export EDITOR=nano`; комментарий не изменён
fill-editor-failed = редактор `{ $editor }` завершил работу с кодом { $code }; комментарий не изменён
fill-editor-not-text = редактор сохранил содержимое, не являющееся текстом ({ $reason }); комментарий не изменён

## Справка

fill-help-enter = Enter подтверждает показанное (сохранённый или предложенный ответ); ввод текста заменяет его.
fill-help-back = /назад (или { $back } в вопросе «{ $yes }/{ $no }») возвращает к предыдущему вопросу.
fill-help-skip = /пропустить (или { $skip }) переходит дальше, не изменяя вопрос.
fill-help-goto = /перейти { $item } (или { $goto }) переходит к рекомендации или к полю, например { $field }.
fill-help-quit = /выйти (или { $quit }) завершает работу; все подтверждённые ответы уже сохранены.
fill-help-arrows = В вопросе «{ $yes }/{ $no }» клавиши ← ↑ PgUp возвращают назад, а → ↓ PgDn переходят дальше.
fill-help-editor-keys = /редактор (или Tab, или { $edit }) открывает комментарий в вашем редакторе.
fill-help-editor = /редактор (или { $edit }) открывает комментарий в вашем редакторе.
fill-help-clear = /очистить очищает поле или вводимый комментарий.
fill-help-resume = Каждый подтверждённый ответ сохраняется сразу. Позднее `qnr fill ФАЙЛ` по одному разу задаёт все вопросы, оставшиеся без ответа, а затем показывает сводку.

## Сводка

fill-summary-title = Сводка по { $file } · ответов: { $answered } из { $total }
fill-table-id = №
fill-table-answer = ответ
fill-table-words = слов
fill-table-last-round = пред. цикл
fill-table-notes = примечания
fill-note-no-answer = нет ответа
fill-note-no-comment = { $label }: нет
fill-note-over = более { $max } { $max ->
    [one] слова
    [few] слов
    [many] слов
   *[other] слова
}
fill-change-same = без изменений
fill-change-changed = изменено
fill-change-new = новое
fill-change-open = не решено
fill-verdict-valid = Ответ заполнен полностью и корректен.
fill-verdict-warnings = Ответ корректен, но { $warnings ->
    [one] есть { $warnings } предупреждение
    [few] есть { $warnings } предупреждения
    [many] есть { $warnings } предупреждений
   *[other] есть { $warnings } предупреждения
}.
fill-verdict-errors = Ответ заполнен не полностью: { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}, { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
    [many] { $warnings } предупреждений
   *[other] { $warnings } предупреждения
}.
fill-revisit = Вернуться к { $count } { $count ->
    [one] вопросу
    [few] вопросам
    [many] вопросам
   *[other] вопросу
}, по которым есть замечания ({ $ids })?
fill-more-problems = … и ещё { $count }: полный перечень выводит `qnr validate { $file }`
fill-problem-error = ошибка:
fill-problem-warning = предупреждение:
fill-sentence-not-answered = без ответа
fill-sentence-since = { $change } по сравнению с предыдущим циклом

## Простой режим

fill-plain-warning = Предупреждение: { $text }
fill-plain-keep = [{ $origin }: { $value }; Enter — оставить]
fill-plain-choice = { $question } 1 — { $yes }, 2 — { $no }{ $keep }; h — справка:
fill-plain-type-1-2 = Введите 1 или 2.
fill-plain-type-choice = Введите 1 («{ $yes }») или 2 («{ $no }»); h — справка.
fill-plain-goto = К какой рекомендации или полю перейти (например, { $item } или { $field })?
fill-plain-comment = { $label } ({ $rule }). Вводите по одному абзацу в строке; пустая строка завершает ввод. /e открывает ваш редактор, /справка выводит перечень команд.
fill-plain-paragraph-first = Абзац 1:
fill-plain-paragraph = Абзац { $n } (пока { $words }):
fill-plain-opening = Открывается { $editor }.
fill-plain-comment-saved = Комментарий сохранён, { $words }.
fill-plain-comment-emptied = Комментарий снова пуст.
fill-plain-existing = { $label } ({ $origin }, { $words }):
fill-plain-existing-keys = Enter — оставить; { $edit } — изменить в редакторе, { $retype } — написать заново, { $delete } — удалить, { $back } — назад:
fill-plain-existing-again = Нажмите Enter или введите { $edit }, { $retype }, { $delete } или { $back }.
fill-plain-required = Нажмите Enter, чтобы написать его сейчас, или введите { $later }, чтобы пока оставить его пустым:
fill-plain-enter-or-n = Нажмите Enter или введите { $later }.
fill-plain-which-date = 1 — { $first }, 2 — { $second }; Enter — ввести заново:
fill-plain-summary = Сводка по { $file }: ответов { $answered } из { $total }.
fill-plain-revisit = { $offer } Введите { $yes } или { $no }:
fill-plain-type-y-n = Введите { $yes } или { $no }.
