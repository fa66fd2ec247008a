<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../kronos_desktop/ui/action_specs.py" line="+58"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Lock / switch person</source>
        <translation>&amp;Bloquear / trocar de pessoa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock the desk, or let someone else step up</source>
        <translation>Bloquear o balcão ou dar lugar a outra pessoa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change my &amp;PIN…</source>
        <translation>Alterar meu &amp;PIN…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my PIN</source>
        <translation>Alterar meu PIN</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../kronos_desktop/ui/undo_words.py" line="+79"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/undo_words.py" line="+18"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/action_specs.py" line="+5"/>
        <source>Undo your last change</source>
        <translation>Desfazer a sua última alteração</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a client from anywhere…</source>
        <translation>Buscar cliente de qualquer lugar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Clients section, its search ready for a name or phone</source>
        <translation>A seção Clientes, com a busca pronta para um nome ou telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Previous day, week or month</source>
        <translation>&amp;Anterior (dia, semana ou mês)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt day, week or month</source>
        <translation>&amp;Próximo (dia, semana ou mês)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to a date…</source>
        <translation>Ir para uma &amp;data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day</source>
        <translation>D&amp;ia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Columns by &amp;artist or station</source>
        <translation>Colunas por &amp;tatuador ou maca</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New &amp;booking…</source>
        <translation>Novo a&amp;gendamento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Book a session, a consultation or a walk-in</source>
        <translation>Agendar uma sessão, uma consulta ou um encaixe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find a slot…</source>
        <translation>&amp;Buscar horário livre…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next free slots for a length and an artist</source>
        <translation>Os próximos horários livres para uma duração e um(a) tatuador(a)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free &amp;now</source>
        <translation>&amp;Livres agora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who is free now, for a walk-in</source>
        <translation>Quem está livre agora, para um encaixe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time &amp;off…</source>
        <translation>&amp;Folga…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block an artist&apos;s time: a holiday, lunch, a convention</source>
        <translation>Bloquear o horário de um(a) tatuador(a): férias, almoço, uma convenção</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M&amp;y day</source>
        <translation>Me&amp;u dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An artist&apos;s day, large, with each client&apos;s alerts</source>
        <translation>O dia de um(a) tatuador(a), em letras grandes, com os alertas de cada cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rint the day…</source>
        <translation>Imp&amp;rimir o dia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the day sheet, or save it as PDF</source>
        <translation>Imprimir a folha do dia, ou salvá-la em PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export to a phone…</source>
        <translation>&amp;Exportar para o celular…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An artist&apos;s bookings as a calendar file for their phone</source>
        <translation>Os agendamentos de um(a) tatuador(a) num arquivo de agenda para o celular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New booking (in the agenda)</source>
        <translation>Novo agendamento (na agenda)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Studio settings…</source>
        <translation>&amp;Configurações do estúdio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The studio&apos;s settings</source>
        <translation>As configurações do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Equipe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The studio&apos;s staff</source>
        <translation>A equipe do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Questionnaire and consent…</source>
        <translation>&amp;Anamnese e termo de consentimento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The health questionnaire and consent clients sign</source>
        <translation>A anamnese e o termo de consentimento que os clientes assinam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inks and materials…</source>
        <translation>T&amp;intas e materiais…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inks and materials, with their lots, sessions are recorded with</source>
        <translation>As tintas e os materiais, com seus lotes, usados nos registros de sessão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Products…</source>
        <translation>&amp;Produtos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The products a ticket sells, with their prices</source>
        <translation>Os produtos que uma comanda vende, com seus preços</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk&apos;s copies of its data: the folder, a copy now, a restore</source>
        <translation>As cópias dos dados deste balcão: a pasta, uma cópia agora, uma restauração</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who changed what</source>
        <translation>Quem alterou o quê</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Sell &amp;gift voucher…</source>
        <translation>Vender &amp;vale-presente…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sell a gift voucher and print its card</source>
        <translation>Vender um vale-presente e imprimir o cartão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gift &amp;vouchers</source>
        <translation>Vales-&amp;presente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio&apos;s gift vouchers: balances, find by code, print a card</source>
        <translation>Os vales-presente do estúdio: saldos, busca pelo código, impressão do cartão</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/actions.py" line="+68"/>
        <location filename="../../kronos_desktop/ui/checkout/refund_dialog.py" line="+54"/>
        <source>Not for your role ({role}): only {allowed} can do this.</source>
        <translation>Não permitido para a sua função ({role}): só {allowed} podem fazer isto.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/undo_words.py" line="-76"/>
        <source>Block time off</source>
        <translation>Bloquear horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book {client}</source>
        <translation>Agendar {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {client}&apos;s booking</source>
        <translation>Remarcar o horário de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel {client}&apos;s booking</source>
        <translation>Cancelar o horário de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of {client}&apos;s booking</source>
        <translation>Situação do horário de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {client}&apos;s details</source>
        <translation>Alterar os dados de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client {client}</source>
        <translation>Novo cliente {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge {client}&apos;s records</source>
        <translation>Unir os cadastros de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change {client}&apos;s booking</source>
        <translation>Alterar o horário de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project “{title}” for {client}</source>
        <translation>Novo projeto “{title}” de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign {client}&apos;s form</source>
        <translation>Assinar a ficha de {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record {client}&apos;s session</source>
        <translation>Registrar a sessão de {client}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add time off “{reason}”</source>
        <translation>Adicionar folga “{reason}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the booking</source>
        <translation>Alterar o horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project “{title}”</source>
        <translation>Novo projeto “{title}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the project</source>
        <translation>Alterar o projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add time off</source>
        <translation>Adicionar folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove time off</source>
        <translation>Remover folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore time off</source>
        <translation>Restaurar folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take {day} out of time off</source>
        <translation>Retirar {day} da folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put {day} back in time off</source>
        <translation>Devolver {day} à folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the health questionnaire</source>
        <translation>Publicar a anamnese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the form</source>
        <translation>Assinar a ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add “{name}” to the inks and materials</source>
        <translation>Adicionar “{name}” às tintas e materiais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the ink or material</source>
        <translation>Alterar a tinta ou o material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the session</source>
        <translation>Registrar a sessão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer {action}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to undo</source>
        <translation>Nada para desfazer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{action} changed nothing to undo</source>
        <translation>{action}: nada foi alterado, nada a desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{action} cannot be undone</source>
        <translation>{action}: não pode ser desfeito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{action} could not be undone</source>
        <translation>{action}: não foi possível desfazer</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_list.py" line="+45"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Maca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_canvas.py" line="+196"/>
        <location filename="../../kronos_desktop/ui/agenda/day_list.py" line="+12"/>
        <location filename="../../kronos_desktop/ui/agenda/week_canvas.py" line="+137"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_list.py" line="+17"/>
        <source>{artist} is busy at this time</source>
        <translation>{artist} está ocupado(a) neste horário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked by {name}</source>
        <translation>Agendado por {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Health alert:</source>
        <translation>Alerta de saúde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate of a client with a health alert</source>
        <translation>Possível duplicata de um cliente com alerta de saúde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This booking clashes with another one; check the conflicts.</source>
        <translation>Este horário coincide com outro agendamento; confira os conflitos.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>Possível duplicata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-booked</source>
        <translation>Horário duplicado</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/view.py" line="+83"/>
        <source>Appointments of the day</source>
        <translation>Agendamentos do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No appointments on this day.</source>
        <translation>Nenhum agendamento neste dia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+132"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Show the day as a list</source>
        <translation>Mostrar o dia como lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the day as a list (or drawn, when pressed again)</source>
        <translation>Mostrar o dia como lista (ou desenhado, ao clicar de novo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Free now</source>
        <translation>Livres agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is free now</source>
        <translation>Quem está livre agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide who is free now, for a walk-in</source>
        <translation>Mostrar ou ocultar quem está livre agora, para um encaixe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the day</source>
        <translation>Mostrar o dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the week</source>
        <translation>Mostrar a semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the month</source>
        <translation>Mostrar o mês</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Artists</source>
        <translation>Tatuadores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A column per artist</source>
        <translation>Uma coluna por tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Macas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A column per station</source>
        <translation>Uma coluna por maca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whose week</source>
        <translation>De quem é a semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>All artists</source>
        <translation>Todos os tatuadores</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <location line="+59"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln agendamento</numerusform>
            <numerusform>%Ln agendamentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+59"/>
        <source>No appointments</source>
        <translation>Nenhum agendamento</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>%Ln with health alert(s)</source>
        <translation>
            <numerusform>%Ln com alerta de saúde</numerusform>
            <numerusform>%Ln com alertas de saúde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No station</source>
        <translation>Sem maca</translation>
    </message>
</context>
<context>
    <name>AutoKick</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/auto_kick.py" line="+148"/>
        <source>The drawer did not open: check its printer in Studio → Cash drawer.</source>
        <translation>A gaveta não abriu: confira a impressora em Estúdio → Gaveta do caixa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawer did not open: its printer did not answer. Nothing was lost.</source>
        <translation>A gaveta não abriu: a impressora não respondeu. Nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>BackupKeeper</name>
    <message>
        <location filename="../../kronos_desktop/ui/backup_keeper.py" line="+295"/>
        <source>No backup copy: the folder {folder} is not there (a USB stick taken out?).</source>
        <translation>Sem cópia de segurança: a pasta {folder} não está lá (o pen drive foi retirado?).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup copy: the folder {folder} is full. Free some space; the next copy tries again.</source>
        <translation>Sem cópia de backup: a pasta {folder} está cheia. Libere espaço; a próxima cópia tenta de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup copy: KRONOS cannot write in the folder {folder}. Choose another folder in Studio → Backups.</source>
        <translation>Sem cópia de backup: o KRONOS não consegue gravar na pasta {folder}. Escolha outra pasta em Estúdio → Backups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup copy failed ({detail}): the desk&apos;s data is as it was.</source>
        <translation>A cópia de segurança falhou ({detail}): os dados do balcão continuam como estavam.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/backup_restore.py" line="+69"/>
        <source>Restore a copy</source>
        <translation>Restaurar uma cópia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy chosen was not restored: {reason} Nothing was replaced.</source>
        <translation>A cópia escolhida não foi restaurada: {reason} Nada foi substituído.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy could not be put in place ({detail}). The desk&apos;s data was put back as it was.</source>
        <translation>Não foi possível colocar a cópia no lugar ({detail}). Os dados do balcão voltaram a ser o que eram.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The copy of {when} is back in place. The data it replaced is kept in {folder}.</source>
        <translation>A cópia de {when} foi restaurada. Os dados que ela substituiu estão guardados em {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The studio is back from its copy of {when}.</source>
        <translation>O estúdio voltou da cópia de {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clients erased since that copy, erased again: {count}.</source>
        <translation>Clientes apagados depois daquela cópia, apagados de novo: {count}.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/settings/backup_words.py" line="+19"/>
        <source>the file is not there any more.</source>
        <translation>o arquivo não está mais lá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not a database.</source>
        <translation>o arquivo não é um banco de dados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is a database, but not a copy of KRONOS.</source>
        <translation>o arquivo é um banco de dados, mas não é uma cópia do KRONOS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy is damaged (its check failed).</source>
        <translation>a cópia está danificada (a verificação falhou).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the copy was made by a newer version of KRONOS. Install the newest version to restore it.</source>
        <translation>a cópia foi feita por uma versão mais nova do KRONOS. Instale a versão mais recente para restaurá-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy is of another studio.</source>
        <translation>a cópia é de outro estúdio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Daily</source>
        <translation>Diária</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed at the next copy</source>
        <translation>Removida na próxima cópia</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/backups_page.py" line="+63"/>
        <location line="+73"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>This desk copies its data every day and when KRONOS closes, and keeps 7 daily and 4 weekly copies. A folder on another disk (a USB stick, a synced cloud folder) keeps them safe if this computer fails.</source>
        <translation>Este balcão copia seus dados todo dia e ao fechar o KRONOS, e guarda 7 cópias diárias e 4 semanais. Uma pasta em outro disco (um pendrive, uma pasta sincronizada na nuvem) as mantém seguras se este computador falhar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change folder…</source>
        <translation>Trocar pasta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the backup folder</source>
        <translation>Trocar a pasta dos backups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the default folder</source>
        <translation>Usar a pasta padrão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the copies beside the desk&apos;s data</source>
        <translation>Guardar as cópias junto aos dados do balcão</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+121"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Take a copy now</source>
        <translation>Fazer uma cópia agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies in the folder</source>
        <translation>Cópias na pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Feita em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept as</source>
        <translation>Guardada como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No copy in this folder yet.</source>
        <translation>Ainda não há cópias nesta pasta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore this copy…</source>
        <translation>Restaurar esta cópia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the chosen copy</source>
        <translation>Restaurar a cópia escolhida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only owners and managers restore a copy.</source>
        <translation>Só donos e gerentes restauram uma cópia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last copy</source>
        <translation>Última cópia</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Backups are not running on this desk.</source>
        <translation>Os backups não estão ativos neste balcão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{folder} (the default, beside the desk&apos;s data)</source>
        <translation>{folder} (a padrão, junto aos dados do balcão)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{when} · {size}</source>
        <translation>{when} · {size}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None yet</source>
        <translation>Nenhuma ainda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copy taken.</source>
        <translation>Cópia feita.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the backup folder</source>
        <translation>Escolha a pasta dos backups</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>KRONOS cannot write in {folder}: the folder was not changed.</source>
        <translation>O KRONOS não consegue gravar em {folder}: a pasta não foi trocada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>The copies now go to {folder}.</source>
        <translation>As cópias agora vão para {folder}.</translation>
    </message>
</context>
<context>
    <name>BlockMenu</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/block_menu.py" line="+54"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in</source>
        <translation>Registrar chegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent form…</source>
        <translation>Ficha de consentimento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session record…</source>
        <translation>Registro da sessão…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Booking completed</source>
        <translation>Agendamento concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a ticket for this booking?</source>
        <translation>Abrir uma comanda para este agendamento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Open ticket</source>
        <translation>Abrir comanda</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Booking actions</source>
        <translation>Ações do agendamento</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Take deposit…</source>
        <translation>Receber sinal…</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/my_day.py" line="+103"/>
        <source>⚠ Health alert: {alert}</source>
        <translation>⚠ Alerta de saúde: {alert}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health alert</source>
        <translation>Alerta de saúde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Possible duplicate of a client with a health alert</source>
        <translation>⚠ Possível duplicata de um cliente com alerta de saúde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate of a client with a health alert</source>
        <translation>Possível duplicata de um cliente com alerta de saúde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-booked: check the conflicts.</source>
        <translation>Horário duplicado: veja os conflitos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Project: {title}</source>
        <translation>Projeto: {title}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its first session.</source>
        <translation>Primeira sessão.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/booking_dialog.py" line="+71"/>
        <source>Change booking</source>
        <translation>Alterar agendamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New booking</source>
        <translation>Novo agendamento</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Clash</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book</source>
        <translation>Agendar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the booking</source>
        <translation>Salvar o agendamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Change time off</source>
        <translation>Alterar folga</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} is blocked from booking.</source>
        <translation>{name} está bloqueado(a) para agendamentos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is {age} on that day, under {min_age}: only a consultation can be booked.</source>
        <translation>{name} terá {age} anos nesse dia, menos de {min_age}: só é possível agendar uma consulta.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{artist} is off: {reason}</source>
        <translation>{artist} está de folga: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{artist} is off {time}</source>
        <translation>{artist} está de folga {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another booking</source>
        <translation>outro agendamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clashes with {client} {time} · {where}</source>
        <translation>Conflita com {client} {time} · {where}</translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/booking_flow.py" line="+111"/>
        <source>A booking must last longer than zero minutes.</source>
        <translation>Um agendamento precisa durar mais de zero minuto.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A booking cannot last more than %n hour(s).</source>
        <translation>
            <numerusform>Um agendamento não pode durar mais de %n hora.</numerusform>
            <numerusform>Um agendamento não pode durar mais de %n horas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not moved: {clash}.</source>
        <translation>Não movido: {clash}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Start in the past</source>
        <translation>Início no passado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The booking would start in the past. Move it anyway?</source>
        <translation>O agendamento começaria no passado. Mover mesmo assim?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move anyway</source>
        <translation>Mover mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave it</source>
        <translation>Deixar como está</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/booking_form.py" line="+60"/>
        <location line="+42"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Station</source>
        <translation>Maca</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>New project&apos;s title</source>
        <translation>Título do novo projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Full sleeve, left arm</source>
        <translation>ex.: Fechamento de braço, esquerdo</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Other length…</source>
        <translation>Outra duração…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No station</source>
        <translation>Sem maca</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No project</source>
        <translation>Sem projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project…</source>
        <translation>Novo projeto…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No sessions yet.</source>
        <translation>Nenhuma sessão ainda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Earlier sessions:</source>
        <translation>Sessões anteriores:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Type the start as 14:30.</source>
        <translation>Digite o início como 14:30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A booking must last longer than zero minutes.</source>
        <translation>Um agendamento precisa durar mais de zero minuto.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A booking cannot last more than %n hour(s).</source>
        <translation>
            <numerusform>Um agendamento não pode durar mais de %n hora.</numerusform>
            <numerusform>Um agendamento não pode durar mais de %n horas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingSaver</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/booking_save.py" line="+85"/>
        <source>Choose the artist.</source>
        <translation>Escolha o(a) tatuador(a).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the new project a title.</source>
        <translation>Dê um título ao novo projeto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Find the client, or add a new one.</source>
        <translation>Busque o cliente ou cadastre um novo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the new client&apos;s full name.</source>
        <translation>Digite o nome completo do novo cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area code and number, like (11) 98765-4321 (abroad: +country).</source>
        <translation>DDD e número, como (11) 98765-4321 (exterior: +país).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved: {clash}.</source>
        <translation>Não salvo: {clash}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start in the past</source>
        <translation>Início no passado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This booking starts in the past. Save it anyway?</source>
        <translation>Este agendamento começa no passado. Salvar mesmo assim?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Salvar mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the time</source>
        <translation>Mudar o horário</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved: check the fields.</source>
        <translation>Não salvo: confira os campos.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not saved: {why}</source>
        <translation>Não salvo: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved. Nothing you typed was lost.</source>
        <translation>Não salvo. Nada do que você digitou foi perdido.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/cancel_dialog.py" line="+35"/>
        <location line="+1"/>
        <source>Cancel booking</source>
        <translation>Cancelar agendamento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why it is cancelled</source>
        <translation>Motivo do cancelamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. The client is ill</source>
        <translation>ex.: O cliente está doente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the booking</source>
        <translation>Cancelar o agendamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the booking</source>
        <translation>Manter o agendamento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This booking is no longer there.</source>
        <translation>Este agendamento não existe mais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel the booking of {who}, {when}?</source>
        <translation>Cancelar o agendamento de {who}, {when}?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Late cancellation: less than %n hour(s) before the start. It is recorded as late.</source>
        <translation>
            <numerusform>Cancelamento tardio: menos de %n hora antes do início. Fica registrado como tardio.</numerusform>
            <numerusform>Cancelamento tardio: menos de %n horas antes do início. Fica registrado como tardio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not late: more than %n hour(s) before the start.</source>
        <translation>
            <numerusform>Dentro do prazo: mais de %n hora antes do início.</numerusform>
            <numerusform>Dentro do prazo: mais de %n horas antes do início.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say why the booking is cancelled.</source>
        <translation>Informe por que o agendamento foi cancelado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not cancelled: {why}</source>
        <translation>Não cancelado: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not cancelled.</source>
        <translation>Não cancelado.</translation>
    </message>
</context>
<context>
    <name>CashMoveDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/drawer_dialogs.py" line="+255"/>
        <source>Cash in (suprimento)</source>
        <translation>Suprimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out (sangria)</source>
        <translation>Sangria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Money put into the drawer that is not a sale: change brought from the bank, for instance.</source>
        <translation>Dinheiro colocado no caixa que não vem de uma venda: troco trazido do banco, por exemplo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Money taken out of the drawer that is not a refund: to the safe or the bank, for instance.</source>
        <translation>Dinheiro retirado do caixa que não é um estorno: para o cofre ou o banco, por exemplo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. change from the bank</source>
        <translation>ex.: troco trazido do banco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. to the safe, paid the cleaner</source>
        <translation>ex.: para o cofre, pagamento da faxina</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Put in</source>
        <translation>&amp;Colocar no caixa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Take out</source>
        <translation>&amp;Retirar do caixa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount *</source>
        <translation>Valor *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Say why: the owner reads it at the close.</source>
        <translation>Diga o motivo: o(a) dono(a) lê no fechamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type an amount above zero.</source>
        <translation>Digite um valor acima de zero.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nothing was taken out: a cash out above what the drawer should hold needs an owner&apos;s or a manager&apos;s confirmation.</source>
        <translation>Nada foi retirado: uma sangria acima do que o caixa deveria ter precisa da confirmação de um(a) dono(a) ou gerente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More than the drawer holds</source>
        <translation>Mais do que há no caixa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} is more than the drawer should hold ({holds}). Take it out anyway?</source>
        <translation>{amount} é mais do que o caixa deveria ter ({holds}). Retirar mesmo assim?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take it out</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A cash out of {amount} ({reason}) is more than the drawer should hold. An owner or a manager confirms it with their PIN.</source>
        <translation>Uma sangria de {amount} ({reason}) é maior do que o caixa deveria ter. Um(a) dono(a) ou gerente confirma com o PIN.</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/change_pin_dialog.py" line="+23"/>
        <location line="+25"/>
        <source>Change my PIN</source>
        <translation>Alterar meu PIN</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>{name}, type your current PIN, then the new one twice.</source>
        <translation>{name}, digite seu PIN atual e depois o novo, duas vezes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Current PIN</source>
        <translation>PIN atual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type your current PIN (4 to 6 digits).</source>
        <translation>Digite seu PIN atual (4 a 6 dígitos).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your new PIN waits for a manager&apos;s approval.</source>
        <translation>Seu novo PIN aguarda a aprovação de um(a) gerente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until a manager approves it, your current PIN stays the one to type.</source>
        <translation>Até um(a) gerente aprovar, continue digitando seu PIN atual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current PIN typed is not right.</source>
        <translation>O PIN atual digitado não está correto.</translation>
    </message>
</context>
<context>
    <name>CheckoutView</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/view.py" line="+125"/>
        <source>Sales of the day</source>
        <translation>Vendas do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales on this day.</source>
        <translation>Nenhuma venda neste dia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only your sales and their figures are shown.</source>
        <translation>Só as suas vendas e os seus valores aparecem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>New ticket</source>
        <translation>Nova comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ticket (Ctrl+N)</source>
        <translation>Nova comanda (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open tickets</source>
        <translation>Comandas abertas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The chosen sale&apos;s actions</source>
        <translation>Ações da venda escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt, refund or void of the sale chosen in the list</source>
        <translation>Recibo, estorno ou cancelamento da venda escolhida na lista</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
    <message numerus="yes">
        <location line="+151"/>
        <source>Open tickets (%n)</source>
        <translation>
            <numerusform>Comandas abertas (%n)</numerusform>
            <numerusform>Comandas abertas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No client</source>
        <translation>Sem cliente</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/choice_pages.py" line="+47"/>
        <source>Create a studio</source>
        <translation>Criar um estúdio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer keeps the studio&apos;s agenda, clients and checkout on its own (a server can be added later). A few steps: the studio, its hours, you as its owner, the artists and stations, the PIX key.</source>
        <translation>Este computador cuida sozinho da agenda, dos clientes e do caixa do estúdio (dá para ligar um servidor depois). São poucos passos: o estúdio, o horário, você como dono(a), os tatuadores e as macas, a chave PIX.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join a studio&apos;s server</source>
        <translation>Entrar no servidor de um estúdio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the demo studio</source>
        <translation>Abrir o estúdio de demonstração</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A made-up studio full of clients and bookings, to try KRONOS out. Every demo member&apos;s PIN is 1234. This data folder then holds the demo: a real studio is set up in a new one.</source>
        <translation>Um estúdio fictício, cheio de clientes e agendamentos, para experimentar o KRONOS. O PIN de todos da demonstração é 1234. Esta pasta de dados passa a guardar a demonstração: um estúdio de verdade é criado em outra pasta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore from a backup copy</source>
        <translation>Restaurar de uma cópia de backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new computer for a studio that already used KRONOS here: bring the studio back from the copy on its USB stick or in its cloud folder.</source>
        <translation>Um computador novo para um estúdio que já usava o KRONOS: traga o estúdio de volta da cópia no pendrive ou na pasta da nuvem.</translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/client_finder.py" line="+72"/>
        <source>Find a client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or phone of the client</source>
        <translation>Nome ou telefone do cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the client with a name and a phone</source>
        <translation>Cadastrar o cliente com nome e telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New client&apos;s full name</source>
        <translation>Nome completo do novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client&apos;s phone</source>
        <translation>Telefone do novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the client with this phone</source>
        <translation>Usar o cliente com este telefone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name *</source>
        <translation>Nome completo *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Health alert</source>
        <translation>Alerta de saúde</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health alert: {alert}</source>
        <translation>Alerta de saúde: {alert}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate of a client with a health alert</source>
        <translation>Possível duplicata de um cliente com alerta de saúde</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{name} already has this phone ({phone}).</source>
        <translation>{name} já tem este telefone ({phone}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book {name}</source>
        <translation>Agendar {name}</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/client_form.py" line="+350"/>
        <source>%n year(s): a minor</source>
        <translation>
            <numerusform>%n ano: menor de idade</numerusform>
            <numerusform>%n anos: menor de idade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientMode</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_mode.py" line="+86"/>
        <source>Client mode</source>
        <translation>Modo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health questionnaire and consent</source>
        <translation>Anamnese e termo de consentimento</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>Opening the form…</source>
        <translation>Abrindo a ficha…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff: leave client mode with a PIN</source>
        <translation>Equipe: sair do modo cliente com o PIN</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>← Back</source>
        <translation>← Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the questions</source>
        <translation>Voltar às perguntas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next →</source>
        <translation>Avançar →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: consent and signature</source>
        <translation>Avançar: termo de consentimento e assinatura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign the form</source>
        <translation>Assinar a ficha</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The form could not be opened. A member of staff can leave client mode with their PIN.</source>
        <translation>Não foi possível abrir a ficha. Alguém da equipe pode sair do modo cliente com o PIN.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Thank you. Please hand the screen back to the staff: the witness types their PIN.</source>
        <translation>Obrigado(a). Devolva a tela à equipe: a testemunha digita o PIN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff: type your PIN to leave client mode.</source>
        <translation>Equipe: digite seu PIN para sair do modo cliente.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Signed and saved. Thank you!</source>
        <translation>Assinada e salva. Obrigado(a)!</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not signed: {why}</source>
        <translation>Não assinada: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed: something went wrong. Nothing was saved; try again.</source>
        <translation>Não assinada: algo deu errado. Nada foi salvo; tente de novo.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_mode_consent.py" line="+60"/>
        <source>Consent</source>
        <translation>Termo de consentimento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use of images</source>
        <translation>Uso de imagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes, I authorise the use of images</source>
        <translation>Sim, autorizo o uso de imagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image-use authorisation</source>
        <translation>Autorização de uso de imagens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Identity document</source>
        <translation>Documento de identidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client&apos;s signature</source>
        <translation>Assinatura do(a) cliente</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Guardian (the client is a minor)</source>
        <translation>Responsável (cliente menor de idade)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No guardian on the client&apos;s record: the staff add one to the record first.</source>
        <translation>Não há responsável no cadastro do(a) cliente: a equipe precisa incluí-lo no cadastro antes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guardian</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guardian&apos;s signature</source>
        <translation>Assinatura do responsável</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health alerts (they join the client&apos;s record once signed):</source>
        <translation>Alertas de saúde (entram no cadastro do(a) cliente após a assinatura):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The client&apos;s signature is missing: sign in the box.</source>
        <translation>Falta a assinatura do(a) cliente: assine no quadro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client is a minor and has no guardian on the record: the staff add one first.</source>
        <translation>O(A) cliente é menor de idade e não tem responsável no cadastro: a equipe precisa incluí-lo antes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guardian&apos;s signature is missing: the guardian signs in their box.</source>
        <translation>Falta a assinatura do responsável: o responsável assina no quadro dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a minor, the client&apos;s and the guardian&apos;s documents (kind and number) are both needed.</source>
        <translation>Para menor de idade, são necessários os documentos (tipo e número) do(a) cliente e do responsável.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_mode_parts.py" line="+69"/>
        <source>Undo a stroke</source>
        <translation>Desfazer traço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo the last stroke</source>
        <translation>Desfazer o último traço</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the signature</source>
        <translation>Limpar a assinatura</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{what}: document type</source>
        <translation>{what}: tipo de documento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what}: document number</source>
        <translation>{what}: número do documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document number</source>
        <translation>Número do documento</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+2"/>
        <source>Back to the form</source>
        <translation>Voltar à ficha</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{name} has no PIN yet: another member of staff confirms.</source>
        <translation>{name} ainda não tem PIN: outra pessoa da equipe confirma.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Too many wrong PINs: {name} is locked on this desk for {time}.</source>
        <translation>PIN errado vezes demais: {name} está bloqueado(a) neste computador por {time}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Não foi possível verificar o PIN. Tente de novo.</translation>
    </message>
</context>
<context>
    <name>ClientModeWindow</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/client_mode.py" line="-125"/>
        <source>%n required question(s) still to answer: they are marked.</source>
        <translation>
            <numerusform>%n pergunta obrigatória ainda sem resposta: está marcada.</numerusform>
            <numerusform>%n perguntas obrigatórias ainda sem resposta: estão marcadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientRecordView</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/record_view.py" line="+57"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the client list</source>
        <translation>Voltar à lista de clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the client list (Alt+Left, Esc)</source>
        <translation>Voltar à lista de clientes (Alt+Esquerda, Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the client</source>
        <translation>Editar o cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge with another record…</source>
        <translation>Unir com outro cadastro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+134"/>
        <source>Merge with another record</source>
        <translation>Unir com outro cadastro</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Export data…</source>
        <translation>Exportar dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Export the client&apos;s data (LGPD)</source>
        <translation>Exportar os dados do cliente (LGPD)</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+131"/>
        <source>Erase the client&apos;s personal data (LGPD)</source>
        <translation>Apagar os dados pessoais do cliente (LGPD)</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Forms</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits</source>
        <translation>Sinais</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Forms (%n)</source>
        <translation>
            <numerusform>Fichas (%n)</numerusform>
            <numerusform>Fichas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Deposits (%n)</source>
        <translation>
            <numerusform>Sinais (%n)</numerusform>
            <numerusform>Sinais (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This client&apos;s record is not available to you.</source>
        <translation>O cadastro deste cliente não está disponível para você.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only an owner or a manager merges, exports or erases a client&apos;s records.</source>
        <translation>Só um(a) dono(a) ou gerente une, exporta ou apaga os cadastros de um cliente.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/view.py" line="+113"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{name} ({called})</source>
        <translation>{name} ({called})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Called {called}</source>
        <translation>Prefere ser chamado(a) de {called}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health alert:</source>
        <translation>Alerta de saúde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born {date}</source>
        <translation>Nascimento: {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minor</source>
        <translation>Menor de idade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location line="+16"/>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, phone or document…</source>
        <translation>Buscar por nome, telefone ou documento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client (Ctrl+N)</source>
        <translation>Novo cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>%Ln client(s) found</source>
        <translation>
            <numerusform>%Ln cliente encontrado</numerusform>
            <numerusform>%Ln clientes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No client found</source>
        <translation>Nenhum cliente encontrado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No clients yet</source>
        <translation>Nenhum cliente ainda</translation>
    </message>
</context>
<context>
    <name>CloseDayDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/close_result.py" line="+82"/>
        <source>Close the day: count the drawer</source>
        <translation>Fechar o caixa: contar o dinheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Close the day</source>
        <translation>Fechar o caixa</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Count the notes and coins in the drawer and type how many of each. What the drawer should hold is shown once the count is confirmed.</source>
        <translation>Conte as cédulas e moedas do caixa e digite a quantidade de cada uma. O valor esperado no caixa aparece depois que a contagem for confirmada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confirm count</source>
        <translation>&amp;Confirmar contagem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm count</source>
        <translation>Confirmar contagem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note on the difference</source>
        <translation>Observação sobre a diferença</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the count differs: e.g. change given wrong on a sale</source>
        <translation>Por que a contagem não confere: ex.: troco errado em uma venda</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>C&amp;lose the day</source>
        <translation>&amp;Fechar o caixa</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The drawer&apos;s day could not be read: try again.</source>
        <translation>Não foi possível ler o caixa do dia: tente de novo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Note *</source>
        <translation>Observação *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the day: the result</source>
        <translation>Fechar o caixa: resultado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The count differs from what was expected: say why in a note.</source>
        <translation>A contagem não confere com o esperado: explique o motivo em uma observação.</translation>
    </message>
</context>
<context>
    <name>CloseResult</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/close_figures.py" line="+19"/>
        <source>Over: {amount} more than expected</source>
        <translation>Sobra: {amount} a mais que o esperado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short: {amount} less than expected</source>
        <translation>Falta: {amount} a menos que o esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No difference: the count matches</source>
        <translation>Sem diferença: a contagem confere</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Float</source>
        <translation>Fundo de troco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash taken</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change given</source>
        <translation>Troco dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded in cash</source>
        <translation>Estornado em dinheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash in (suprimentos)</source>
        <translation>Suprimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out (sangrias)</source>
        <translation>Sangrias</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/close_result.py" line="-133"/>
        <source>this desk</source>
        <translation>este balcão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another desk</source>
        <translation>outro balcão</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/close_figures.py" line="+40"/>
        <source>Expected in the drawer</source>
        <translation>Esperado no caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
</context>
<context>
    <name>ClosedDayDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/close_result.py" line="+149"/>
        <location line="+1"/>
        <source>The day&apos;s close</source>
        <translation>Fechamento do caixa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note: {note}</source>
        <translation>Observação: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier close at {time}: counted {counted}, {difference} (reopened since)</source>
        <translation>Um fechamento anterior às {time}: contado {counted}, {difference} (reaberto depois)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopen the day</source>
        <translation>Reabrir o caixa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This day has no close.</source>
        <translation>Este dia não tem fechamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at {time} by {who}.</source>
        <translation>Fechado às {time} por {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payment arrived after the close.</source>
        <translation>Nenhum pagamento chegou depois do fechamento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived after the close (not in its figures):</source>
        <translation>Chegaram depois do fechamento (fora dos valores dele):</translation>
    </message>
</context>
<context>
    <name>ColorPicker</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/color_picker.py" line="+17"/>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Roxo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indigo</source>
        <translation>Anil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cyan</source>
        <translation>Ciano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teal</source>
        <translation>Verde-azulado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lime</source>
        <translation>Verde-limão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brown</source>
        <translation>Marrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue grey</source>
        <translation>Cinza-azulado</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+59"/>
        <source>Calendar colour</source>
        <translation>Cor na agenda</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+41"/>
        <source>Other colour</source>
        <translation>Outra cor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Other…</source>
        <translation>Outra…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose another colour</source>
        <translation>Escolher outra cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose any colour</source>
        <translation>Escolher qualquer cor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{colour} (used by {name})</source>
        <translation>{colour} (usada por {name})</translation>
    </message>
</context>
<context>
    <name>CommissionDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/commission_dialog.py" line="+50"/>
        <source>Commission of {name}</source>
        <translation>Comissão de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commission (%)</source>
        <translation>Comissão (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of tips (%)</source>
        <translation>Parte das gorjetas (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part of a tip that goes to the artist.</source>
        <translation>A parte da gorjeta que fica com o(a) tatuador(a).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>In force from</source>
        <translation>Em vigor a partir de</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>A new rule from this date on. Sales already closed keep the rule they closed with.</source>
        <translation>Uma nova regra a partir desta data. Vendas já fechadas mantêm a regra com que fecharam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Share of tips</source>
        <translation>Parte das gorjetas</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Commission rules so far</source>
        <translation>Regras de comissão até agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rules so far</source>
        <translation>Regras até agora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save rule</source>
        <translation>Salvar regra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{date} (in force)</source>
        <translation>{date} (em vigor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} (to come)</source>
        <translation>{date} (futura)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No rule yet: sales give the artist no share.</source>
        <translation>Nenhuma regra ainda: as vendas não dão parte ao(à) tatuador(a).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This rule is already in the list from that date.</source>
        <translation>Esta regra já está na lista a partir dessa data.</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox_words.py" line="+22"/>
        <source>Double booking</source>
        <translation>Horário duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on two desks</source>
        <translation>Alterado em dois balcões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale renumbered</source>
        <translation>Venda renumerada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate client</source>
        <translation>Possível cliente duplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change refused</source>
        <translation>Alteração recusada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May conflict</source>
        <translation>Pode gerar conflito</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stored, to review</source>
        <translation>Registrado, a revisar</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/sync/change_words.py" line="+157"/>
        <source>Payment of {amount} recorded; the sale was not found: review it</source>
        <translation>Pagamento de {amount} registrado; a venda não foi encontrada: revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment of {amount} recorded; the sale {number} is void: review it</source>
        <translation>Pagamento de {amount} registrado; a venda {number} está anulada: revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment of {amount} recorded; who took it is not known here: review it</source>
        <translation>Pagamento de {amount} registrado; quem o recebeu não é conhecido aqui: revisar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment of {amount} recorded; its deposit was not found: review it</source>
        <translation>Pagamento de {amount} registrado; o sinal dele não foi encontrado: revise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment of {amount} recorded; its gift voucher was not found: review it</source>
        <translation>Pagamento de {amount} registrado; o vale-presente dele não foi encontrado: revise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment of {amount} recorded; it overdrew the gift voucher {code} (balance {balance}): review it</source>
        <translation>Pagamento de {amount} registrado; ele passou do saldo do vale-presente {code} (saldo {balance}): revise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund of {amount} stored, made by a role that may not give refunds: review it</source>
        <translation>Estorno de {amount} guardado, feito por uma função que não pode estornar: revise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund of {amount} stored, more than the {left} the payment still held: review it</source>
        <translation>Estorno de {amount} guardado, mais que os {left} que o pagamento ainda tinha: revise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund of {amount} stored; the payment it gives back was not found: review it</source>
        <translation>Estorno de {amount} guardado; o pagamento estornado não foi encontrado: revise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sale {number} stored without a deposit that was no longer held: review it</source>
        <translation>Venda {number} guardada sem um sinal que já não estava em aberto: revise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sale {number} stored without a deposit of {amount} of another client: review it</source>
        <translation>Venda {number} guardada sem um sinal de {amount} de outro cliente: revise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposit of {amount} kept without its note: its client&apos;s data was erased meanwhile: review it</source>
        <translation>Sinal de {amount} guardado sem a observação: os dados do cliente foram apagados nesse meio-tempo: revise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} changed their own PIN at a desk that may not set it: approve it (redo) or dismiss it</source>
        <translation>{name} trocou o próprio PIN em um balcão que não pode defini-lo: aprove (refazer) ou descarte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made at the desk by a person deactivated since; stored: review it</source>
        <translation>Feito no balcão por uma pessoa desativada depois; registrado: revisar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored; someone should review it</source>
        <translation>Registrado; alguém deve revisar</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Booking</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescheduling</source>
        <translation>Remarcação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation</source>
        <translation>Cancelamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking status</source>
        <translation>Situação do horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking details</source>
        <translation>Dados do horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project details</source>
        <translation>Dados do projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New time off</source>
        <translation>Nova folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off removed</source>
        <translation>Folga removida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off restored</source>
        <translation>Folga restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day taken out of time off</source>
        <translation>Dia retirado da folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day put back in time off</source>
        <translation>Dia devolvido à folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client details</source>
        <translation>Dados do cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge of client records</source>
        <translation>União de cadastros de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasure of a client&apos;s data (LGPD)</source>
        <translation>Exclusão dos dados de um cliente (LGPD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export of a client&apos;s data (LGPD)</source>
        <translation>Exportação dos dados de um cliente (LGPD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolution</source>
        <translation>Resolução de conflito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New staff member</source>
        <translation>Novo membro da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member&apos;s details</source>
        <translation>Dados de membro da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New station</source>
        <translation>Nova maca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station details</source>
        <translation>Dados da maca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New studio</source>
        <translation>Novo estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio settings</source>
        <translation>Configurações do estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version of the health questionnaire</source>
        <translation>Nova versão da anamnese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed consent form</source>
        <translation>Termo de consentimento assinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ink or material</source>
        <translation>Nova tinta ou material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ink or material details</source>
        <translation>Dados da tinta ou do material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session record</source>
        <translation>Registro da sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Estorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled sale</source>
        <translation>Venda cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit taken</source>
        <translation>Sinal recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit forfeited</source>
        <translation>Sinal perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit refunded</source>
        <translation>Sinal estornado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit moved</source>
        <translation>Sinal transferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit&apos;s booking rescheduled</source>
        <translation>Agendamento do sinal remarcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer opened for the day</source>
        <translation>Caixa aberto no dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash put in or taken out of the drawer</source>
        <translation>Suprimento ou sangria no caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer count shown against the expected amount</source>
        <translation>Contagem do caixa comparada ao esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer closed for the day</source>
        <translation>Caixa fechado no dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer&apos;s day reopened</source>
        <translation>Caixa do dia reaberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift voucher sold</source>
        <translation>Vale-presente vendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation>Movimentação de estoque</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Block time off for {artist} on {when}</source>
        <translation>Bloquear a agenda de {artist} em {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Book {client} with {artist} on {when}</source>
        <translation>Agendar {client} com {artist} em {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Move {client}&apos;s booking to {when}</source>
        <translation>Mudar o horário de {client} para {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark {client}&apos;s booking on {when} as {status}</source>
        <translation>Marcar o horário de {client} em {when} como {status}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel {client}&apos;s booking on {when}</source>
        <translation>Cancelar o horário de {client} em {when}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the client {name}</source>
        <translation>Cadastrar o cliente {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the details of {client}</source>
        <translation>Alterar os dados de {client}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add {name} to the staff</source>
        <translation>Incluir {name} na equipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the station {name}</source>
        <translation>Cadastrar a maca {name}</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox_words.py" line="+8"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nome social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical alerts</source>
        <translation>Alertas médicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this desk ({name})</source>
        <translation>este balcão ({name})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox.py" line="+132"/>
        <source>Not redone</source>
        <translation>Não refeito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change still cannot be done: {change}.</source>
        <translation>Esta alteração ainda não pode ser feita: {change}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: {reason}

Nothing was changed; the conflict stays in the list.</source>
        <translation>Motivo: {reason}

Nada foi alterado; o conflito continua na lista.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox_words.py" line="-5"/>
        <source>this desk</source>
        <translation>este balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another desk</source>
        <translation>outro balcão</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This change has not reached the server yet; it will decide when the desk syncs.</source>
        <translation>Esta alteração ainda não chegou ao servidor; ele decide quando o balcão sincronizar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clashing booking</source>
        <translation>Agendamento em conflito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already booked</source>
        <translation>Já agendado</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{client} with {artist}, {day} {time}</source>
        <translation>{client} com {artist}, {day} {time}</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/sync/change_words.py" line="-22"/>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/sync/inbox_words.py" line="+1"/>
        <source>time off</source>
        <translation>folga</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox_words.py" line="+29"/>
        <source>{field}: this change wanted “{mine}”; “{theirs}” was kept</source>
        <translation>{field}: esta alteração queria “{mine}”; ficou “{theirs}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refused: {change}</source>
        <translation>Recusado: {change}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server&apos;s note: {detail}</source>
        <translation>Nota do servidor: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By {who}</source>
        <translation>Por {who}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The artist or the station was already booked at that time.</source>
        <translation>O(a) tatuador(a) ou a maca já estava ocupado(a) nesse horário.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox.py" line="+286"/>
        <source>Conflicts to review</source>
        <translation>Conflitos para revisar</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location line="-325"/>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who · desk</source>
        <translation>Quem · balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predicted (not sent yet)</source>
        <translation>Previsto (ainda não enviado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To review</source>
        <translation>Para revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location line="+76"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to review.</source>
        <translation>Nenhum conflito para revisar.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Mark as reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Conflicts to review</source>
        <translation>Conflitos para revisar</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Redo: {change}</source>
        <translation>Refazer: {change}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keep this change</source>
        <translation>Manter esta alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other value</source>
        <translation>Manter o outro valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move to another time…</source>
        <translation>Mudar de horário…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give to another artist…</source>
        <translation>Passar para outro(a) tatuador(a)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo this change</source>
        <translation>Refazer esta alteração</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel the clashing booking</source>
        <translation>Cancelar o agendamento em conflito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the earlier booking</source>
        <translation>Cancelar o agendamento anterior</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+4"/>
        <source>Give to another artist</source>
        <translation>Passar para outro(a) tatuador(a)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no other artist.</source>
        <translation>Não há outro(a) tatuador(a).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Closes this conflict and changes nothing: both bookings stay at the same time, with the same artist or station.</source>
        <translation>Fecha este conflito sem mudar nada: os dois agendamentos continuam no mesmo horário, com o(a) mesmo(a) tatuador(a) ou a mesma maca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking: {booking}</source>
        <translation>Agendamento: {booking}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dismiss: both stay double-booked</source>
        <translation>Descartar: os dois continuam no mesmo horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move {booking} to another time…</source>
        <translation>Mudar de horário: {booking}…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cancel booking</source>
        <translation>Cancelar agendamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this booking?</source>
        <translation>Cancelar este agendamento?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{booking}

It is cancelled on every desk; the other booking stays.</source>
        <translation>{booking}

Ele será cancelado em todos os balcões; o outro agendamento continua.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the booking</source>
        <translation>Cancelar o agendamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/connection_text.py" line="+21"/>
        <source>That is not a server address. Type it like kronos.yourstudio.com.br (ask whoever set up the server).</source>
        <translation>Isso não é um endereço de servidor. Digite-o como kronos.seuestudio.com.br (pergunte a quem instalou o servidor).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That address starts with http://, which would send the sign-in unprotected. Use the server&apos;s https:// address.</source>
        <translation>Esse endereço começa com http://, que enviaria o login sem proteção. Use o endereço https:// do servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No server was found at that address. Check the spelling and the internet connection.</source>
        <translation>Nenhum servidor foi encontrado nesse endereço. Confira como ele foi digitado e a conexão com a internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer at that address: it may be down, or the address may be wrong. Check it, or try again later.</source>
        <translation>O servidor não respondeu nesse endereço: ele pode estar fora do ar, ou o endereço pode estar errado. Confira o endereço ou tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection is not secure: the server&apos;s certificate could not be verified. Check the address; if it is right, the server&apos;s certificate needs fixing.</source>
        <translation>A conexão não é segura: não foi possível verificar o certificado do servidor. Confira o endereço; se ele estiver certo, o certificado do servidor precisa ser corrigido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server took too long to answer. Check the internet connection and try again.</source>
        <translation>O servidor demorou demais para responder. Confira a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached. Check the internet connection and try again.</source>
        <translation>Não foi possível alcançar o servidor. Confira a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem and could not answer. Try again in a few minutes.</source>
        <translation>O servidor teve um problema e não pôde responder. Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That address answers, but it is not a KRONOS server. Check the address.</source>
        <translation>Esse endereço responde, mas não é um servidor KRONOS. Confira o endereço.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server gives its own address as {address}. Connect using that address.</source>
        <translation>O servidor informa que o endereço dele é {address}. Conecte usando esse endereço.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not what KRONOS expected. Check that KRONOS and the server are up to date.</source>
        <translation>A resposta do servidor não foi a que o KRONOS esperava. Confira se o KRONOS e o servidor estão atualizados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in was not completed in the browser in time. Click Connect to try again.</source>
        <translation>O login não foi concluído no navegador a tempo. Clique em Conectar para tentar de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The browser came back with an answer that does not belong to this sign-in, so it was ignored for safety. Click Connect to try again.</source>
        <translation>O navegador voltou com uma resposta que não pertence a este login; por segurança, ela foi ignorada. Clique em Conectar para tentar de novo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in was refused in the browser. Only the studio&apos;s owner or a manager can connect a desk.</source>
        <translation>O login foi recusado no navegador. Só o dono ou um gerente do estúdio pode conectar um balcão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the sign-in. Try again; if it happens again, sign in with an owner&apos;s or manager&apos;s login.</source>
        <translation>O servidor recusou o login. Tente de novo; se acontecer outra vez, entre com o login de um dono ou gerente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desk is not signed in. Sign in again.</source>
        <translation>Este balcão está sem login. Faça login de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the studio&apos;s owner or a manager can do this.</source>
        <translation>Só o dono ou um gerente do estúdio pode fazer isso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That name cannot be used: type 1 to 120 characters.</source>
        <translation>Esse nome não pode ser usado: digite de 1 a 120 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server no longer knows this desk. Sign in again.</source>
        <translation>O servidor não reconhece mais este balcão. Faça login de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in did not work.</source>
        <translation>O login não funcionou.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyring is locked. Unlock it (usually with this computer&apos;s login password).</source>
        <translation>O chaveiro está bloqueado. Desbloqueie-o (normalmente com a senha de acesso deste computador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused to keep the sign-in.</source>
        <translation>O chaveiro se recusou a guardar o login.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring is not available right now.</source>
        <translation>O chaveiro não está disponível agora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in is too long for this computer&apos;s keyring.</source>
        <translation>O login é longo demais para o chaveiro deste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong. The details are in the log.</source>
        <translation>Algo deu errado. Os detalhes estão no registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (Chaveiro do GNOME, KWallet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>macOS Keychain</source>
        <translation>Chaveiro do macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Credential Locker</source>
        <translation>Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None: in memory until KRONOS closes</source>
        <translation>Nenhum: na memória até o KRONOS ser fechado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in use yet</source>
        <translation>Ainda não usado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected (this computer is the whole studio)</source>
        <translation>Não conectado (este computador é o estúdio inteiro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing in…</source>
        <translation>Fazendo login…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in · the server is out of reach for now</source>
        <translation>Login ativo · o servidor está fora de alcance por enquanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Login ativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out: sign in again</source>
        <translation>Sem login: faça login de novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing on this computer was lost, and changes not yet sent are kept.</source>
        <translation>Nada se perdeu neste computador, e as alterações ainda não enviadas continuam guardadas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server no longer accepts this desk&apos;s sign-in ({reason}). This happens when the desk is revoked or when the password of whoever connected it changes. Sign in again to sync.</source>
        <translation>O servidor não aceita mais o login deste balcão ({reason}). Isso acontece quando o balcão é revogado ou quando muda a senha de quem o conectou. Faça login de novo para sincronizar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The saved sign-in could not be read from the keyring. {problem} Then click Try again.</source>
        <translation>Não foi possível ler o login salvo no chaveiro. {problem} Depois clique em Tentar de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk was signed out. Sign in again to sync.</source>
        <translation>O login deste balcão foi encerrado. Faça login de novo para sincronizar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This desk is not signed in. Sign in again to sync.</source>
        <translation>Este balcão está sem login. Faça login de novo para sincronizar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{problem} The sign-in is kept in memory until KRONOS closes (never written to disk): sign in again next time.</source>
        <translation>{problem} O login fica na memória até o KRONOS ser fechado (nunca é gravado no disco): faça login de novo da próxima vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No secure keyring was found on this computer, so the sign-in is kept in memory until KRONOS closes. Nothing is written to disk; sign in again next time.</source>
        <translation>Nenhum chaveiro seguro foi encontrado neste computador, então o login fica na memória até o KRONOS ser fechado. Nada é gravado no disco; faça login de novo da próxima vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ready to sync: this desk&apos;s own records will be joined with the studio {studio} when it syncs.</source>
        <translation>Pronto para sincronizar: os registros próprios deste balcão serão unidos aos do estúdio {studio} na sincronização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready to sync.</source>
        <translation>Pronto para sincronizar.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>The server no longer accepts this desk: it was revoked, or whoever connected it no longer works at the studio. The desk goes on working on this computer. An owner or a manager signs in here to connect it again; its changes are then sent, each still saying who made it.</source>
        <translation>O servidor não aceita mais este balcão: ele foi revogado, ou quem o conectou não trabalha mais no estúdio. O balcão continua funcionando neste computador. Um dono ou gerente entra aqui para conectá-lo de novo; as alterações dele são enviadas então, cada uma ainda dizendo quem a fez.</translation>
    </message>
</context>
<context>
    <name>ConnectionBadge</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/connection_badge.py" line="+19"/>
        <source>Sign-in state</source>
        <translation>Estado do login</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signed in · tokens in memory only (no secure keyring)</source>
        <translation>Login ativo · credenciais só na memória (sem chaveiro seguro)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed out: sign in again</source>
        <translation>Sem login: faça login de novo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in state: {state}</source>
        <translation>Estado do login: {state}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signed out by the server</source>
        <translation>Login encerrado pelo servidor</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/connection_dialog.py" line="+78"/>
        <location line="+1"/>
        <source>Connection to the studio server</source>
        <translation>Conexão com o servidor do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect this computer to your studio&apos;s KRONOS server, so that every desk shares the agenda, clients and checkout. The owner or a manager signs in once, in the web browser; after that the desk stays signed in.</source>
        <translation>Conecte este computador ao servidor KRONOS do seu estúdio para que todos os balcões compartilhem a agenda, os clientes e o caixa. O dono ou um gerente faz login uma vez, no navegador; depois disso o balcão continua com o login ativo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>e.g. kronos.yourstudio.com.br</source>
        <translation>ex.: kronos.seuestudio.com.br</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>Connect this desk to the server</source>
        <translation>Conectar este balcão ao servidor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Waiting for the sign-in in your web browser… Sign in there with the e-mail and password of the studio&apos;s owner or a manager.</source>
        <translation>Aguardando o login no seu navegador… Entre lá com o e-mail e a senha do dono ou de um gerente do estúdio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If the browser did not open, open this address in it:</source>
        <translation>Se o navegador não abriu, abra nele este endereço:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in address to open in the browser</source>
        <translation>Endereço de login para abrir no navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the sign-in address</source>
        <translation>Copiar o endereço de login</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+281"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>Cancel the sign-in</source>
        <translation>Cancelar o login</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+17"/>
        <source>Desk name</source>
        <translation>Nome do balcão</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename this desk</source>
        <translation>Renomear este balcão</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolled by</source>
        <translation>Cadastrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in kept in</source>
        <translation>Login guardado em</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read the saved sign-in again</source>
        <translation>Ler de novo o login salvo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+201"/>
        <location line="+16"/>
        <source>Sign out</source>
        <translation>Encerrar login</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Sign this desk out of the server</source>
        <translation>Encerrar o login deste balcão no servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sign in again</source>
        <translation>Fazer login de novo</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{name} ({email})</source>
        <translation>{name} ({email})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type the server&apos;s address.</source>
        <translation>Digite o endereço do servidor.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Sign this desk out of the server?</source>
        <translation>Encerrar o login deste balcão no servidor?</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The server will stop accepting this desk until the owner or a manager signs in again. The data on this computer, and the %Ln change(s) not yet sent, are kept.</source>
        <translation>
            <numerusform>O servidor deixará de aceitar este balcão até que o dono ou um gerente faça login de novo. Os dados deste computador e a %Ln alteração ainda não enviada continuam guardados.</numerusform>
            <numerusform>O servidor deixará de aceitar este balcão até que o dono ou um gerente faça login de novo. Os dados deste computador e as %Ln alterações ainda não enviadas continuam guardados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Signed out on this computer, but the server could not be told ({problem}). Ask the owner to revoke this desk in the list of desks.</source>
        <translation>Login encerrado neste computador, mas não foi possível avisar o servidor ({problem}). Peça ao dono que revogue este balcão na lista de balcões.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>A manager needs to sign in on this desk</source>
        <translation>Um gerente precisa entrar neste balcão</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>A manager needs to sign in on this desk · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Um gerente precisa entrar neste balcão · %Ln alteração aguardando</numerusform>
            <numerusform>Um gerente precisa entrar neste balcão · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The server will stop accepting this desk until the owner or a manager signs in again. The data on this computer is kept.</source>
        <translation>O servidor deixará de aceitar este balcão até que o dono ou um gerente faça login de novo. Os dados deste computador continuam guardados.</translation>
    </message>
</context>
<context>
    <name>ConnectionMenu</name>
    <message>
        <location filename="../../kronos_desktop/ui/action_specs.py" line="-152"/>
        <location filename="../../kronos_desktop/ui/sync/connection_menu.py" line="+48"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexão…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection to the studio server</source>
        <translation>Conexão com o servidor do estúdio</translation>
    </message>
</context>
<context>
    <name>ContactWords</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/contact_words.py" line="+27"/>
        <source>No country has this code: check the digits after the +.</source>
        <translation>Nenhum país tem este código: confira os dígitos depois do +.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many digits for a phone number.</source>
        <translation>Dígitos demais para um telefone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the CPF&apos;s 11 digits.</source>
        <translation>Digite os 11 dígitos do CPF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CPF has 11 digits; this one has {digits}.</source>
        <translation>Um CPF tem 11 dígitos; este tem {digits}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the e-mail address.</source>
        <translation>Digite o e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most {max} characters.</source>
        <translation>No máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the Instagram handle.</source>
        <translation>Digite o usuário do Instagram.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the year of birth: {year} is more than {max_age} years ago.</source>
        <translation>Confira o ano de nascimento: {year} foi há mais de {max_age} anos.</translation>
    </message>
</context>
<context>
    <name>CountGrid</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/count_grid.py" line="+54"/>
        <source>{what}: a quantity cannot be negative. Type how many there are (0 or more).</source>
        <translation>{what}: a quantidade não pode ser negativa. Digite quantas há (0 ou mais).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: type how many there are as a whole number, like 3.</source>
        <translation>{what}: digite a quantidade como número inteiro, como 3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Notes</source>
        <translation>Cédulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coins</source>
        <translation>Moedas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How many of {what}</source>
        <translation>Quantidade de {what}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Counted: fix the lines marked in red</source>
        <translation>Contado: corrija as linhas em vermelho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted: {total}</source>
        <translation>Contado: {total}</translation>
    </message>
</context>
<context>
    <name>DayCanvas</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_canvas.py" line="-113"/>
        <source>Day calendar</source>
        <translation>Calendário do dia</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Holiday: %1</source>
        <translation>Feriado: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Health alert: %1</source>
        <translation>Alerta de saúde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/agenda/day_paint.py" line="+372"/>
        <source>Possible duplicate of a client with a health alert</source>
        <translation>Possível duplicata de um cliente com alerta de saúde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First visit</source>
        <translation>Primeira visita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/agenda/day_paint.py" line="-3"/>
        <source>Consent signed</source>
        <translation>Termo assinado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Booked by %1</source>
        <translation>Agendado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet synced</source>
        <translation>Ainda não sincronizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict with another booking</source>
        <translation>Em conflito com outro agendamento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A colleague&apos;s booking: it cannot be moved here</source>
        <translation>Agendamento de um colega: não pode ser movido aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: it cannot be moved</source>
        <translation>%1: não pode ser movido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clash: %1</source>
        <translation>Conflito: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No booking selected</source>
        <translation>Nenhum agendamento selecionado</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_paint.py" line="+6"/>
        <source>1st</source>
        <comment>a first visit&apos;s badge on a booking</comment>
        <translation>1ª</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/block_extras.py" line="+33"/>
        <source>by %1</source>
        <comment>who made a booking, on its block: a first name</comment>
        <translation>por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve</source>
        <comment>on a booking stored in conflict</comment>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>DayExceptions</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/day_exceptions.py" line="+35"/>
        <location line="+55"/>
        <source>Day off</source>
        <translation>Folga</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>A span ends before it starts.</source>
        <translation>Um intervalo termina antes de começar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two spans of the day overlap.</source>
        <translation>Dois intervalos do dia se sobrepõem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {count} spans a day.</source>
        <translation>No máximo {count} intervalos por dia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the hours as 10:00-14:00 (two spans: 10:00-13:00, 14:00-18:00).</source>
        <translation>Digite o horário como 10:00-14:00 (dois intervalos: 10:00-13:00, 14:00-18:00).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <source>Days that differ</source>
        <translation>Dias diferentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hours that day</source>
        <translation>Horário nesse dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 10:00-14:00</source>
        <translation>ex.: 10:00-14:00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add day</source>
        <translation>Adicionar dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this day</source>
        <translation>Adicionar este dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the day (a date already listed is replaced)</source>
        <translation>Adicionar o dia (uma data já na lista é substituída)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen day</source>
        <translation>Remover o dia escolhido</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>None: the week&apos;s hours every day</source>
        <translation>Nenhum: o horário da semana todos os dias</translation>
    </message>
</context>
<context>
    <name>DayFigures</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_figures.py" line="+128"/>
        <source>Figures of the day</source>
        <translation>Números do dia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing received.</source>
        <translation>Nada recebido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{method} · all refunded</source>
        <translation>{method} · tudo estornado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received %1, refunds %2, net %3</source>
        <translation>Recebido %1, estornos %2, líquido %3</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n refund(s)</source>
        <translation>
            <numerusform>%n estorno</numerusform>
            <numerusform>%n estornos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund</source>
        <translation>Estorno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tickets</source>
        <translation>Comandas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sale(s)</source>
        <translation>
            <numerusform>%n venda</numerusform>
            <numerusform>%n vendas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n deposit(s) taken</source>
        <translation>
            <numerusform>%n sinal recebido</numerusform>
            <numerusform>%n sinais recebidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voided</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Tips</source>
        <translation>Gorjetas</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Deposits applied</source>
        <translation>Sinais aplicados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Artists</source>
        <translation>Tatuadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Services sold</source>
        <translation>Serviços vendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist&apos;s share</source>
        <translation>Parte do(a) tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio&apos;s share</source>
        <translation>Parte do estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips share</source>
        <translation>Parte das gorjetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
</context>
<context>
    <name>DayNavigator</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/view.py" line="-88"/>
        <location filename="../../kronos_desktop/ui/common/widgets.py" line="+82"/>
        <source>Previous day</source>
        <translation>Dia anterior</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/common/widgets.py" line="+2"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today</source>
        <translation>Ir para hoje</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/view.py" line="+0"/>
        <location filename="../../kronos_desktop/ui/common/widgets.py" line="+1"/>
        <source>Next day</source>
        <translation>Próximo dia</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/common/widgets.py" line="+5"/>
        <source>Choose a day</source>
        <translation>Escolher um dia</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Today, {date}</source>
        <translation>Hoje, {date}</translation>
    </message>
</context>
<context>
    <name>DayReport</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+36"/>
        <source>Day report · {date}</source>
        <translation>Relatório do dia · {date}</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_drawer.py" line="+42"/>
        <source>No cash drawer</source>
        <translation>Sem caixa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drawer&apos;s day was not opened.</source>
        <translation>O caixa não foi aberto neste dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed at {time} by {name}.</source>
        <translation>Fechado às {time} por {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open since {time} ({name}).</source>
        <translation>Aberto desde {time} ({name}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopened at {time} by {name}: {reason}</source>
        <translation>Reaberto às {time} por {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+4"/>
        <source>Payments by method</source>
        <translation>Recebimentos por forma de pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No payments on this day.</source>
        <translation>Nenhum pagamento neste dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <location line="+12"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_drawer.py" line="+39"/>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+0"/>
        <location line="+68"/>
        <location line="+11"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="-78"/>
        <location line="+31"/>
        <source>Tips</source>
        <translation>Gorjetas</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+62"/>
        <source>Refunds</source>
        <translation>Estornos</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Net</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+28"/>
        <location line="+34"/>
        <location line="+15"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Sales closed: {count} · {total}</source>
        <translation>Vendas fechadas: {count} · {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voided: {count}</source>
        <translation>Canceladas: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gift vouchers redeemed are not money: their money came in when they were sold.</source>
        <translation>Vales-presente resgatados não são dinheiro: o dinheiro deles entrou quando foram vendidos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>By artist</source>
        <translation>Por tatuador(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No services on this day.</source>
        <translation>Nenhum serviço neste dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deposits taken</source>
        <translation>Sinais recebidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits applied</source>
        <translation>Sinais aplicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits forfeited</source>
        <translation>Sinais perdidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vouchers sold</source>
        <translation>Vales vendidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vouchers redeemed</source>
        <translation>Vales resgatados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposits</source>
        <translation>Sinais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift vouchers</source>
        <translation>Vales-presente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No refunds on this day.</source>
        <translation>Nenhum estorno neste dia.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_drawer.py" line="-1"/>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+0"/>
        <location line="+13"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_drawer.py" line="+0"/>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="-12"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+0"/>
        <source>By</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+2"/>
        <source>Deposit</source>
        <translation>Sinal</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_drawer.py" line="-11"/>
        <source>Cash drawer</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Opening float</source>
        <translation>Fundo de troco</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash received</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change given</source>
        <translation>Troco dado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash refunds</source>
        <translation>Estornos em dinheiro</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Cash in (suprimento)</source>
        <translation>Suprimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash out (sangria)</source>
        <translation>Sangrias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected in the drawer: shown after the count</source>
        <translation>Esperado no caixa: mostrado após a contagem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected in the drawer</source>
        <translation>Esperado no caixa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Movement</source>
        <translation>Movimentação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash in</source>
        <translation>Suprimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash out</source>
        <translation>Sangria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash movements</source>
        <translation>Suprimentos e sangrias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Counted {amount} at {time} by {name}: not kept</source>
        <translation>Contagem de {amount} às {time} por {name}: não mantida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} × {quantity} = {total}</source>
        <translation>{value} × {quantity} = {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes and coins counted</source>
        <translation>Cédulas e moedas contadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The drawer was not closed on this day.</source>
        <translation>O caixa não foi fechado neste dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day was reopened: its count is shown after the new count.</source>
        <translation>O dia foi reaberto: a contagem é mostrada após a nova contagem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>Observação: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed {count} times on this day; this is the last count.</source>
        <translation>Fechado {count} vezes neste dia; esta é a última contagem.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_render.py" line="+9"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desk</source>
        <translation>Este balcão</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Another desk</source>
        <translation>Outro balcão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These payments arrived after the drawer&apos;s close: they are not in the figures above.</source>
        <translation>Estes pagamentos chegaram depois do fechamento do caixa: não estão nos valores acima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late payments</source>
        <translation>Pagamentos após o fechamento</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{studio} · day report of {date}</source>
        <translation>{studio} · relatório do dia {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>printed at {time}</source>
        <translation>impresso às {time}</translation>
    </message>
</context>
<context>
    <name>DayReportDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_report_dialog.py" line="+42"/>
        <source>Day report</source>
        <translation>Relatório do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the day…</source>
        <translation>Lendo o dia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day report preview</source>
        <translation>Prévia do relatório do dia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the day report</source>
        <translation>Imprimir o relatório do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>Salvar em &amp;PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the report as PDF</source>
        <translation>Salvar o relatório em PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>day-report-{day}.pdf</source>
        <translation>relatorio-do-dia-{day}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the day report</source>
        <translation>Salvar o relatório do dia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF could not be saved to {path}.</source>
        <translation>Não foi possível salvar o PDF em {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n página salva em {path}.</numerusform>
            <numerusform>%n páginas salvas em {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada à impressora.</numerusform>
            <numerusform>%n páginas enviadas à impressora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaySheet</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_sheet.py" line="+59"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No artists to print.</source>
        <translation>Nenhum tatuador para imprimir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No bookings on this day.</source>
        <translation>Nenhum agendamento neste dia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} (continued)</source>
        <translation>{name} (continuação)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station</source>
        <translation>Maca</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Health alert: {alert}</source>
        <translation>Alerta de saúde: {alert}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-booked: check the conflicts.</source>
        <translation>Horário duplicado: veja os conflitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes: {notes}</source>
        <translation>Observações: {notes}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+54"/>
        <source>Day sheet · {date}</source>
        <translation>Folha do dia · {date}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Printed on {date} at {time}</source>
        <translation>Impresso em {date} às {time}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The page could not be opened for painting.</source>
        <translation>Não foi possível abrir a página para desenhar.</translation>
    </message>
</context>
<context>
    <name>DepositActionDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/deposit_actions.py" line="+52"/>
        <source>Forfeit deposit</source>
        <translation>Reter sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund deposit</source>
        <translation>Estornar sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move deposit</source>
        <translation>Transferir sinal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deposit of {amount} taken on {day}.</source>
        <translation>Sinal de {amount} recebido em {day}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It expired: it was good until {day}.</source>
        <translation>Ele venceu: valia até {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the studio keeps the deposit</source>
        <translation>Por que o estúdio retém o sinal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking or project the deposit moves to</source>
        <translation>Agendamento ou projeto para onde o sinal vai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+58"/>
        <source>Kept by</source>
        <translation>Fica com</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Why the deposit is given back</source>
        <translation>Por que o sinal é devolvido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. The studio cancelled the session</source>
        <translation>ex.: O estúdio cancelou a sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client gets {amount} back.</source>
        <translation>O cliente recebe {amount} de volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to</source>
        <translation>Transferir para</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forfeit</source>
        <translation>Reter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Estornar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The studio keeps all of it: {studio}.</source>
        <translation>O estúdio fica com tudo: {studio}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{artist} keeps {share}; the studio keeps {studio}.</source>
        <translation>{artist} fica com {share}; o estúdio, com {studio}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The artist</source>
        <translation>O(a) tatuador(a)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The client has no other booking to come nor open project: book one first.</source>
        <translation>O cliente não tem outro agendamento futuro nem projeto aberto: agende um antes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Say why the deposit is given back.</source>
        <translation>Diga por que o sinal é devolvido.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: this deposit does not expire while a session it holds is still to come.</source>
        <translation>Não salvo: este sinal não vence enquanto houver uma sessão marcada para ele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: this deposit has not expired: it is good until {day}.</source>
        <translation>Não salvo: este sinal não venceu: vale até {day}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {why}</source>
        <translation>Não salvo: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
</context>
<context>
    <name>DepositBadge</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/deposit_badge.py" line="+27"/>
        <source>Deposit paid</source>
        <translation>Sinal pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>$</source>
        <comment>the deposit-paid badge on a calendar block: one character</comment>
        <translation>$</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/deposit_dialog.py" line="+72"/>
        <source>Take deposit</source>
        <translation>Receber sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take deposit (sinal)</source>
        <translation>Receber sinal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking or project the deposit is for</source>
        <translation>Agendamento ou projeto do sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Deposit amount</source>
        <translation>Valor do sinal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Vale até</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The studio&apos;s deposit policy (show it to the client)</source>
        <translation>Política de sinal do estúdio (mostre ao cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio&apos;s deposit policy</source>
        <translation>Política de sinal do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>The client read and accepted the policy</source>
        <translation>O cliente leu e aceitou a política</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: no deposit</source>
        <translation>Cancelar: sem sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save deposit</source>
        <translation>Salvar sinal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the deposit</source>
        <translation>Salvar o sinal</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This client is no longer in the studio.</source>
        <translation>Este cliente não está mais no estúdio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No booking yet (held for the client)</source>
        <translation>Sem agendamento ainda (em aberto para o cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— none —</source>
        <translation>— nenhum(a) —</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n month(s) from today: {day}</source>
        <translation>
            <numerusform>%n mês a partir de hoje: {day}</numerusform>
            <numerusform>%n meses a partir de hoje: {day}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A deposit is more than zero.</source>
        <translation>O sinal precisa ser maior que zero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the policy to the client: they must accept it first.</source>
        <translation>Mostre a política ao cliente: ele precisa aceitá-la antes.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not saved: the payment does not match the deposit. Check how it was paid.</source>
        <translation>Não salvo: o pagamento não confere com o sinal. Confira como foi pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {why}</source>
        <translation>Não salvo: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
</context>
<context>
    <name>DepositMoney</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/deposit_money.py" line="+53"/>
        <source>How the deposit was paid</source>
        <translation>Como o sinal foi pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PIX now, at the counter (QR code)</source>
        <translation>PIX agora, no balcão (QR code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIX paid beforehand</source>
        <translation>PIX pago antes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash received</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the client hands over</source>
        <translation>o que o cliente entrega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Card brand</source>
        <translation>Bandeira do cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the brand…</source>
        <translation>Escolha a bandeira…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Instalments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Authorisation code or NSU</source>
        <translation>Código de autorização ou NSU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the card machine&apos;s slip</source>
        <translation>do comprovante da maquininha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brand</source>
        <translation>Bandeira</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NSU / code</source>
        <translation>NSU / código</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save shows the PIX QR code to the client; the deposit is saved once the money arrived.</source>
        <translation>Salvar mostra o QR code do PIX ao cliente; o sinal é salvo quando o dinheiro cair.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>End-to-end id of the PIX</source>
        <translation>ID fim a fim (E2E) do PIX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E1234567820261204…</source>
        <translation>E1234567820261204…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on the PIX paid beforehand</source>
        <translation>Observação do PIX pago antes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. seen in the bank&apos;s app on 03/12</source>
        <translation>ex.: visto no app do banco em 03/12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End-to-end id</source>
        <translation>ID fim a fim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or a note</source>
        <translation>ou uma observação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer reference or note</source>
        <translation>Referência ou observação da transferência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the bank&apos;s reference</source>
        <translation>ex.: a referência do banco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The studio has no PIX key (or merchant name or city) yet: an owner or manager sets it in Settings.</source>
        <translation>O estúdio ainda não tem chave PIX (ou nome ou cidade do recebedor): um(a) dono(a) ou gerente define em Configurações.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change: {amount}</source>
        <translation>Troco: {amount}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Less than the deposit: the client hands over at least {amount}.</source>
        <translation>Menos que o sinal: o cliente entrega pelo menos {amount}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the card&apos;s brand, as the machine&apos;s slip says.</source>
        <translation>Escolha a bandeira do cartão, como no comprovante da maquininha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the PIX&apos;s end-to-end id or a note on how it was confirmed.</source>
        <translation>Digite o ID fim a fim do PIX ou uma observação de como foi confirmado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An end-to-end id is letters and digits only (32, starting with E).</source>
        <translation>Um ID fim a fim tem só letras e dígitos (32, começando com E).</translation>
    </message>
</context>
<context>
    <name>DepositPrompts</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/deposit_prompts.py" line="+100"/>
        <source>Deposit</source>
        <translation>Sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the deposit of {amount} as forfeited?</source>
        <translation>Reter o sinal de {amount} como perdido?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Yes, forfeit it</source>
        <translation>Sim, reter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>No, keep it held</source>
        <translation>Não, manter em aberto</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Policy: a client %n minute(s) late or more is a no-show, and a no-show loses the deposit.</source>
        <translation>
            <numerusform>Política: um cliente com %n minuto de atraso ou mais conta como falta, e quem falta perde o sinal.</numerusform>
            <numerusform>Política: um cliente com %n minutos de atraso ou mais conta como falta, e quem falta perde o sinal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Policy: cancelling less than %n hour(s) before the booking loses the deposit.</source>
        <translation>
            <numerusform>Política: quem cancela com menos de %n hora de antecedência perde o sinal.</numerusform>
            <numerusform>Política: quem cancela com menos de %n horas de antecedência perde o sinal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Policy: the deposit survives %n reschedule(s); this one is beyond it.</source>
        <translation>
            <numerusform>Política: o sinal aguenta %n remarcação; esta passa do limite.</numerusform>
            <numerusform>Política: o sinal aguenta %n remarcações; esta passa do limite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deposits</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/deposit_words.py" line="+20"/>
        <source>Held</source>
        <comment>deposit</comment>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <comment>deposit</comment>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <comment>deposit</comment>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <comment>deposit</comment>
        <translation>Estornado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <comment>deposit</comment>
        <translation>Transferido</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expired</source>
        <comment>deposit</comment>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>While booked</source>
        <translation>Enquanto agendado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expired: it was good until {date}. The studio&apos;s policy keeps it: forfeit it as expired.</source>
        <translation>Vencido: valia até {date}. Pela política do estúdio ele é perdido: retenha-o como vencido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It does not expire while a session it holds is still to come.</source>
        <translation>Não vence enquanto houver uma sessão marcada para ele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good until {date}.</source>
        <translation>Vale até {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to a sale</source>
        <translation>Aplicado a uma venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forfeited</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking rescheduled</source>
        <translation>Agendamento remarcado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (sale voided)</source>
        <translation>Devolvido (venda cancelada)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The client did not come (no-show)</source>
        <translation>O cliente não veio (falta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled too late</source>
        <translation>Cancelado em cima da hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rescheduled too many times</source>
        <translation>Remarcado vezes demais</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Project: {title}</source>
        <translation>Projeto: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking {when} with {artist}</source>
        <translation>Agendamento {when} com {artist}</translation>
    </message>
</context>
<context>
    <name>DepositsBox</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_details.py" line="+60"/>
        <source>Deposits held: tick to apply</source>
        <translation>Sinais em aberto: marque para aplicar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{amount} taken {date}</source>
        <translation>{amount} pago em {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the deposit of {text}</source>
        <translation>Aplicar o sinal de {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It expired: it was good until {date}. Forfeit it, or move it to this booking to honour it, from the client&apos;s Deposits tab.</source>
        <translation>Venceu: valia até {date}. Retenha-o, ou transfira-o para este agendamento para honrá-lo, na aba Sinais do cliente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires on {date}</source>
        <translation>Vence em {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Expired (good until {date}): not offered</source>
        <translation>Vencido (valia até {date}): não oferecido</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>this session</source>
        <translation>nesta sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applied at the project&apos;s first session</source>
        <translation>abatido na primeira sessão do projeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applied at the project&apos;s last session</source>
        <translation>abatido na última sessão do projeto</translation>
    </message>
</context>
<context>
    <name>DepositsTab</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/record_deposits.py" line="+181"/>
        <location line="+5"/>
        <source>Deposits</source>
        <translation>Sinais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen deposit&apos;s ledger</source>
        <translation>Movimentos do sinal escolhido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No deposit yet.</source>
        <translation>Nenhum sinal ainda.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take deposit…</source>
        <translation>Receber sinal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a deposit (sinal) from the client</source>
        <translation>Receber um sinal do cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forfeit…</source>
        <translation>Reter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The studio keeps the chosen deposit</source>
        <translation>O estúdio retém o sinal escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund…</source>
        <translation>Estornar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>Give the chosen deposit back to the client</source>
        <translation>Devolver o sinal escolhido ao cliente</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Move…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the chosen deposit to another project or booking</source>
        <translation>Transferir o sinal escolhido para outro projeto ou agendamento</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n held deposit(s) expired under the studio&apos;s policy: choose one and use Forfeit… to close it.</source>
        <translation>
            <numerusform>%n sinal em aberto venceu pela política do estúdio: escolha-o e use Reter… para encerrá-lo.</numerusform>
            <numerusform>%n sinais em aberto venceram pela política do estúdio: escolha um e use Reter… para encerrá-lo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Only the front desk (owners, managers, receptionists) takes or changes deposits.</source>
        <translation>Só o balcão (donos, gerentes, recepcionistas) recebe ou altera sinais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an owner or a manager gives a deposit back.</source>
        <translation>Só um(a) dono(a) ou gerente devolve um sinal.</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/status_bar.py" line="+67"/>
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts to review</source>
        <translation>Conflitos para revisar</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Standalone</source>
        <translation>Independente</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <location line="+26"/>
        <source>Not connected · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Desconectado · %Ln alteração aguardando</numerusform>
            <numerusform>Desconectado · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+52"/>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+63"/>
        <source>Sync state: {state}</source>
        <translation>Sincronização: {state}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No one identified at the desk</source>
        <translation>Ninguém identificado no balcão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the desk: {name} ({role})</source>
        <translation>No balcão: {name} ({role})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <source>Offline · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Sem conexão · %Ln alteração aguardando</numerusform>
            <numerusform>Sem conexão · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sign in again to sync · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Entre de novo para sincronizar · %Ln alteração aguardando</numerusform>
            <numerusform>Entre de novo para sincronizar · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Update KRONOS to sync · %Ln change(s) kept</source>
        <translation>
            <numerusform>Atualize o KRONOS para sincronizar · %Ln alteração guardada</numerusform>
            <numerusform>Atualize o KRONOS para sincronizar · %Ln alterações guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sync problem · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Problema na sincronização · %Ln alteração aguardando</numerusform>
            <numerusform>Problema na sincronização · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Synced at {time}</source>
        <translation>Sincronizado às {time}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Synced just now</source>
        <translation>Sincronizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n second(s) ago</source>
        <translation>
            <numerusform>Sincronizado há %n segundo</numerusform>
            <numerusform>Sincronizado há %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced %n minute(s) ago</source>
        <translation>
            <numerusform>Sincronizado há %n minuto</numerusform>
            <numerusform>Sincronizado há %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Sincronizado · %Ln alteração aguardando</numerusform>
            <numerusform>Sincronizado · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This version of KRONOS is too old for the server. Changes are kept on this computer.</source>
        <translation>Esta versão do KRONOS é antiga demais para o servidor. As alterações ficam guardadas neste computador.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details: {details}</source>
        <translation>Detalhes: {details}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nova tentativa em %n segundo.</numerusform>
            <numerusform>Nova tentativa em %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln waiting change(s) may conflict with changes made elsewhere.</source>
        <translation>
            <numerusform>%Ln alteração aguardando pode conflitar com alterações feitas em outro lugar.</numerusform>
            <numerusform>%Ln alterações aguardando podem conflitar com alterações feitas em outro lugar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sending changes: %v of %m</source>
        <translation>Enviando alterações: %v de %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying: %v of %m</source>
        <translation>Aplicando: %v de %m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading the studio: %v records</source>
        <translation>Baixando o estúdio: %v registros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving changes: %v</source>
        <translation>Recebendo alterações: %v</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln conflict(s) to review</source>
        <translation>
            <numerusform>%Ln conflito para revisar</numerusform>
            <numerusform>%Ln conflitos para revisar</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>A manager needs to sign in on this desk</source>
        <translation>Um gerente precisa entrar neste balcão</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>A manager needs to sign in on this desk · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Um gerente precisa entrar neste balcão · %Ln alteração aguardando</numerusform>
            <numerusform>Um gerente precisa entrar neste balcão · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>No server is configured: this computer is the whole studio.</source>
        <translation>Nenhum servidor configurado: este computador é o estúdio inteiro.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Its %Ln change(s) are kept and will be sent when a server is connected.</source>
        <translation>
            <numerusform>Sua %Ln alteração fica guardada e será enviada quando um servidor for conectado.</numerusform>
            <numerusform>Suas %Ln alterações ficam guardadas e serão enviadas quando um servidor for conectado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Not connected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Offline</source>
        <translation>Sem conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to sync</source>
        <translation>Entre de novo para sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update KRONOS to sync</source>
        <translation>Atualize o KRONOS para sincronizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync problem</source>
        <translation>Problema na sincronização</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server no longer accepts this desk (it was revoked, or whoever connected it no longer works at the studio). It goes on working here; an owner or a manager signs in on it (Settings → Connection) to send its changes.</source>
        <translation>O servidor não aceita mais este balcão (ele foi revogado, ou quem o conectou não trabalha mais no estúdio). Ele continua funcionando aqui; um dono ou gerente entra nele (Configurações → Conexão) para enviar as alterações.</translation>
    </message>
</context>
<context>
    <name>DialogKeys</name>
    <message>
        <location filename="../../kronos_desktop/ui/common/dialog_keys.py" line="+39"/>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Discard what you typed?</source>
        <translation>Descartar o que foi digitado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you typed in this window will be lost.</source>
        <translation>O que foi digitado nesta janela será perdido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/discount_dialog.py" line="+79"/>
        <source>Ticket discount</source>
        <translation>Desconto na comanda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line discount</source>
        <translation>Desconto na linha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken from the ticket&apos;s {amount}.</source>
        <translation>Sobre o valor da comanda, {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken from the line&apos;s {amount}.</source>
        <translation>Sobre o valor da linha, {amount}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+44"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Discount as an amount</source>
        <translation>Desconto em valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Percent</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Discount as a percent</source>
        <translation>Desconto em percentual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount amount</source>
        <translation>Valor do desconto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount percent</source>
        <translation>Percentual do desconto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reason for the discount</source>
        <translation>Motivo do desconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. returning client, touch-up agreed</source>
        <translation>ex.: cliente antigo, retoque combinado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Discount as</source>
        <translation>Desconto em</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply discount</source>
        <translation>Aplicar desconto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No discount</source>
        <translation>Sem desconto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the discount off</source>
        <translation>Tirar o desconto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>More than the ticket&apos;s {amount}.</source>
        <translation>Maior que o valor da comanda, {amount}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than the line&apos;s {amount}.</source>
        <translation>Maior que o valor da linha, {amount}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not a percent: type it like 10 or 12,5.</source>
        <translation>Não é um percentual: digite como 10 ou 12,5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A discount is at most 100%.</source>
        <translation>O desconto é de no máximo 100%.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discount: {amount}</source>
        <translation>Desconto: {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the percent.</source>
        <translation>Digite o percentual.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the discount.</source>
        <translation>Digite o desconto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why: the reason is kept with the sale.</source>
        <translation>Diga o motivo: ele fica registrado na venda.</translation>
    </message>
</context>
<context>
    <name>DrawerDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/drawer_dialogs.py" line="-270"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DrawerKick</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/drawer_kick.py" line="+65"/>
        <source>Type the printer&apos;s network address (host or IP).</source>
        <translation>Digite o endereço de rede da impressora (nome ou IP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>A porta deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the USB vendor and product ids in hexadecimal, like 04b8:0202.</source>
        <translation>Digite os IDs USB de fabricante e de produto em hexadecimal, como 04b8:0202.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the device file, like /dev/usb/lp0.</source>
        <translation>Digite o arquivo do dispositivo, como /dev/usb/lp0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose how the drawer&apos;s printer is connected.</source>
        <translation>Escolha como a impressora da gaveta está conectada.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The drawer&apos;s printer setting is not right: {problem}</source>
        <translation>A configuração da impressora da gaveta não está certa: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawer did not open: the printer it hangs off did not answer ({detail}). Check that it is on and connected, or open the drawer with its key. Nothing was lost.</source>
        <translation>A gaveta não abriu: a impressora em que ela está plugada não respondeu ({detail}). Confira se a impressora está ligada e com o cabo conectado, ou abra a gaveta com a chave. Nada foi perdido.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No drawer printer is set on this desk: choose it in Studio → Cash drawer, or open the drawer with its key.</source>
        <translation>Nenhuma impressora da gaveta está configurada neste balcão: escolha em Estúdio → Gaveta do caixa, ou abra a gaveta com a chave.</translation>
    </message>
</context>
<context>
    <name>DrawerPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/action_specs.py" line="+76"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+69"/>
        <source>&amp;Open the drawer…</source>
        <translation>&amp;Abrir o caixa…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Open the drawer&apos;s day with its float</source>
        <translation>Abrir o caixa do dia com o fundo de troco</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Cash &amp;in…</source>
        <translation>&amp;Suprimento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Put cash into the drawer (suprimento)</source>
        <translation>Colocar dinheiro no caixa (suprimento)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Cash o&amp;ut…</source>
        <translation>San&amp;gria…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Take cash out of the drawer (sangria)</source>
        <translation>Retirar dinheiro do caixa (sangria)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>&amp;Close the drawer…</source>
        <translation>&amp;Fechar o caixa…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Count the drawer and close the day</source>
        <translation>Contar o dinheiro e fechar o caixa do dia</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+5"/>
        <source>Day &amp;report…</source>
        <translation>&amp;Relatório do dia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>The day report: print it or save it as PDF</source>
        <translation>O relatório do dia: imprimir ou salvar em PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Open cash &amp;box</source>
        <translation>Abrir a ga&amp;veta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="+1"/>
        <source>Open the cash drawer (the printer&apos;s pulse)</source>
        <translation>Abrir a gaveta de dinheiro (pulso da impressora)</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/drawer_panel.py" line="-7"/>
        <source>The day&apos;s c&amp;lose…</source>
        <translation>&amp;Fechamento do caixa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day&apos;s count, its difference and late payments</source>
        <translation>A contagem do dia, a diferença e os pagamentos que chegaram depois do fechamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reo&amp;pen…</source>
        <translation>R&amp;eabrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Reopen the closed day (owners and managers)</source>
        <translation>Reabrir o caixa fechado (proprietários e gerentes)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The drawer was opened.</source>
        <translation>A gaveta foi aberta.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A day to come cannot be opened yet.</source>
        <translation>Um dia que ainda não chegou não pode ser aberto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only an owner or a manager reopens a closed day.</source>
        <translation>Só um(a) dono(a) ou gerente reabre um caixa fechado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The drawer is not open today: open it with its float to start the day.</source>
        <translation>O caixa não está aberto hoje: abra-o com o fundo de troco para começar o dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drawer was not opened on this day.</source>
        <translation>O caixa não foi aberto neste dia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Drawer closed at {time} by {who}.</source>
        <translation>Caixa fechado às {time} por {who}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawer closed.</source>
        <translation>Caixa fechado.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n payment(s) arrived after the close.</source>
        <translation>
            <numerusform>%n pagamento chegou depois do fechamento.</numerusform>
            <numerusform>%n pagamentos chegaram depois do fechamento.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawer open since {time} ({who}), float {amount}.</source>
        <translation>Caixa aberto desde {time} ({who}), fundo de troco {amount}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopened at {time}: {reason}</source>
        <translation>Reaberto às {time}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n cash movement(s).</source>
        <translation>
            <numerusform>%n suprimento ou sangria.</numerusform>
            <numerusform>%n suprimentos ou sangrias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This studio has no cash drawer yet: an owner or a manager opens its first day.</source>
        <translation>Este estúdio ainda não tem caixa: um(a) dono(a) ou gerente abre o primeiro dia.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Opening the drawer…</source>
        <translation>Abrindo a gaveta…</translation>
    </message>
</context>
<context>
    <name>DrawerPrinterPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/drawer_printer_page.py" line="+56"/>
        <source>Where the cash drawer hangs off a receipt printer, this desk opens it with the printer&apos;s pulse. Receipts are still printed through the system&apos;s printer. This is this desk&apos;s own setting.</source>
        <translation>Quando a gaveta de dinheiro está plugada em uma impressora de recibos, este balcão a abre pelo pulso da impressora. Os recibos continuam sendo impressos pela impressora do sistema. Esta configuração vale só para este balcão.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the drawer&apos;s printer is connected</source>
        <translation>Como a impressora da gaveta está conectada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer&apos;s network address</source>
        <translation>Endereço de rede da impressora</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>USB vendor id</source>
        <translation>ID USB do fabricante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USB product id</source>
        <translation>ID USB do produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <location line="+29"/>
        <source>Device file</source>
        <translation>Arquivo do dispositivo</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+2"/>
        <source>Open the drawer when cash is taken</source>
        <translation>Abrir a gaveta quando entrar dinheiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a sale or a gift voucher paid in cash, a deposit taken in cash, or a cash in or out is saved</source>
        <translation>Depois de salvar uma venda ou um vale-presente pago em dinheiro, um sinal recebido em dinheiro, ou um suprimento ou sangria</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the drawer&apos;s printer</source>
        <translation>Salvar a impressora da gaveta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the drawer</source>
        <translation>&amp;Abrir a gaveta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the drawer to test the printer</source>
        <translation>Abrir a gaveta para testar a impressora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor id</source>
        <translation>ID do fabricante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product id</source>
        <translation>ID do produto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cash drawer</source>
        <translation>Gaveta do caixa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The drawer should be open now.</source>
        <translation>A gaveta deve estar aberta agora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None (open the drawer with its key)</source>
        <translation>Nenhuma (abrir a gaveta com a chave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network printer</source>
        <translation>Impressora de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB printer</source>
        <translation>Impressora USB</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The saved printer setting is not right: {problem}</source>
        <translation>A configuração salva da impressora não está certa: {problem}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opening the drawer…</source>
        <translation>Abrindo a gaveta…</translation>
    </message>
</context>
<context>
    <name>DuplicatePrompt</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/duplicate_prompt.py" line="+76"/>
        <source>same document</source>
        <translation>mesmo documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>mesmo telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name and same birth date</source>
        <translation>nome parecido e mesma data de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>nome parecido</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source>Already registered?</source>
        <translation>Já cadastrado?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This client may already be registered. Open that record, or create a new one anyway.</source>
        <translation>Este cliente talvez já esteja cadastrado. Abra esse cadastro ou crie um novo mesmo assim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clients who may be the same person</source>
        <translation>Clientes que podem ser a mesma pessoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health alert: {alert}</source>
        <translation>Alerta de saúde: {alert}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open that one</source>
        <translation>Abrir esse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create anyway</source>
        <translation>Criar mesmo assim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register a new client: they are someone else</source>
        <translation>Cadastrar um novo cliente: é outra pessoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/erase_dialog.py" line="+34"/>
        <source>Erase the client&apos;s data</source>
        <translation>Apagar os dados do cliente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This erases {name}&apos;s personal data from this desk, every other desk and the server: name, phone, e-mail, document, address, birth date, Instagram, health alerts, notes, tags, consents and guardian.</source>
        <translation>Isto apaga os dados pessoais de {name} deste balcão, de todos os outros balcões e do servidor: nome, telefone, e-mail, documento, endereço, data de nascimento, Instagram, alertas de saúde, observações, etiquetas, consentimentos e responsável.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The %n record(s) merged into this one are erased with it.</source>
        <translation>
            <numerusform>O %n cadastro unido a este é apagado junto.</numerusform>
            <numerusform>Os %n cadastros unidos a este são apagados junto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Their bookings ({bookings}) and projects ({projects}) stay, without their name.</source>
        <translation>Seus agendamentos ({bookings}) e projetos ({projects}) permanecem, sem o nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This cannot be undone.</source>
        <translation>Isto não pode ser desfeito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the law keeps (LGPD, art. 16, I), for {years} years after the erase:</source>
        <translation>O que a lei exige guardar (LGPD, art. 16, I), por {years} anos após a exclusão:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To confirm, type the client&apos;s name: {name}</source>
        <translation>Para confirmar, digite o nome do cliente: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s name, to confirm</source>
        <translation>O nome do cliente, para confirmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Erase for good</source>
        <translation>Apagar definitivamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the client&apos;s data for good</source>
        <translation>Apagar os dados do cliente definitivamente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kronos_desktop/ui/common/errors.py" line="+44"/>
        <source>Not saved</source>
        <translation>Não foi salvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This could not be saved.</source>
        <translation>Não foi possível salvar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the console</source>
        <translation>o console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside KRONOS. The details were saved to the log at {path}.

Your data is safe: everything saved before this is still there. You can keep working; if this happens again, send the log to your support contact.</source>
        <translation>Algo deu errado dentro do KRONOS. Os detalhes foram salvos no registro em {path}.

Seus dados estão seguros: tudo o que foi salvo antes continua lá. Você pode continuar trabalhando; se acontecer de novo, envie o registro para o seu suporte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
</context>
<context>
    <name>ExcludedDates</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/time_off_parts.py" line="+36"/>
        <source>A date to take out</source>
        <translation>Uma data a excluir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take out</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take this date out</source>
        <translation>Excluir esta data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates taken out</source>
        <translation>Datas excluídas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put back</source>
        <translation>Recolocar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the chosen date back</source>
        <translation>Recolocar a data escolhida</translation>
    </message>
</context>
<context>
    <name>FailedSignInsPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/failed_signins_panel.py" line="+95"/>
        <location line="+10"/>
        <source>Recent failed sign-ins</source>
        <translation>Tentativas de login com falha recentes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Ask again</source>
        <translation>Perguntar de novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the server again</source>
        <translation>Perguntar de novo ao servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a member to see their recent failed sign-ins.</source>
        <translation>Escolha uma pessoa para ver as tentativas de login com falha recentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent failed sign-ins: {name}</source>
        <translation>Tentativas de login com falha recentes: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Only owners and managers see failed sign-ins.</source>
        <translation>Só proprietários e gerentes veem as tentativas de login com falha.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Failed sign-ins are kept by the server; this desk works on its own.</source>
        <translation>As tentativas de login com falha ficam no servidor; este balcão funciona sozinho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign this desk in to its server to see failed sign-ins.</source>
        <translation>Conecte este balcão ao servidor para ver as tentativas de login com falha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the server…</source>
        <translation>Perguntando ao servidor…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n failed sign-in(s) in the last 30 days.</source>
        <translation>
            <numerusform>%n tentativa com falha nos últimos 30 dias.</numerusform>
            <numerusform>%n tentativas com falha nos últimos 30 dias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed sign-ins in the last 30 days.</source>
        <translation>Nenhuma tentativa com falha nos últimos 30 dias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-ins from unknown devices are refused until {time}.</source>
        <translation>Logins de dispositivos desconhecidos estão bloqueados até {time}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An enrolled desk</source>
        <translation>Um balcão cadastrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not from a desk</source>
        <translation>Fora de um balcão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign this desk in again to see failed sign-ins.</source>
        <translation>Entre de novo neste balcão para ver as tentativas de login com falha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not know this member yet: it will after the next sync.</source>
        <translation>O servidor ainda não conhece esta pessoa: vai conhecer após a próxima sincronização.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached now. Try again in a moment.</source>
        <translation>Não foi possível falar com o servidor agora. Tente de novo em instantes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The failed sign-ins could not be read.</source>
        <translation>Não foi possível ler as tentativas com falha.</translation>
    </message>
</context>
<context>
    <name>FindSlotDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/find_slot_dialog.py" line="+78"/>
        <source>Find a slot</source>
        <translation>Buscar horário livre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next session of a project</source>
        <translation>Próxima sessão de um projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No project</source>
        <translation>Sem projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Other length…</source>
        <translation>Outra duração…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other length, in minutes</source>
        <translation>Outra duração, em minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+6"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Any artist</source>
        <translation>Qualquer tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a station</source>
        <translation>Precisa de maca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the day</source>
        <translation>A partir do dia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>A partir de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free slots</source>
        <translation>Horários livres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Maca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Book this slot</source>
        <translation>Agendar este horário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Book the slot chosen</source>
        <translation>Agendar o horário escolhido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{client} · {title}</source>
        <translation>{client} · {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Last session {day}; healing: %n day(s).</source>
        <translation>
            <numerusform>Última sessão em {day}; cicatrização: %n dia.</numerusform>
            <numerusform>Última sessão em {day}; cicatrização: %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session yet.</source>
        <translation>Nenhuma sessão ainda.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Searching…</source>
        <translation>Procurando…</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The next %n free slot(s):</source>
        <translation>
            <numerusform>O próximo horário livre:</numerusform>
            <numerusform>Os próximos %n horários livres:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No free slot in the next two months from this day.</source>
        <translation>Nenhum horário livre nos próximos dois meses a partir deste dia.</translation>
    </message>
</context>
<context>
    <name>FormPdf</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/form_pdf.py" line="+45"/>
        <source>Not answered</source>
        <translation>Não respondida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Brasília time, {offset}</source>
        <translation>horário de Brasília, {offset}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{date} at {time} ({zone})</source>
        <translation>{date} às {time} ({zone})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <location line="+82"/>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>{title} · version {number}</source>
        <translation>{title} · versão {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{date} ({age} years old when signing)</source>
        <translation>{date} ({age} anos ao assinar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID checked</source>
        <translation>Documento conferido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minor</source>
        <translation>Menor de idade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below the age of majority when signing</source>
        <translation>Menor de idade na data da assinatura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HEALTH ALERT</source>
        <translation>ALERTA DE SAÚDE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health questionnaire</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Form version {number}</source>
        <translation>Ficha versão {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on {when}</source>
        <translation>Assinada em {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amends form {id}</source>
        <translation>Retifica a ficha {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent</source>
        <translation>Termo de consentimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorised by the client.</source>
        <translation>Autorizado pelo(a) cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not authorised by the client.</source>
        <translation>Não autorizado pelo(a) cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use of images (portfolio and social media)</source>
        <translation>Uso de imagem (portfólio e redes sociais)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatures</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client&apos;s signature ({name})</source>
        <translation>Assinatura do(a) cliente ({name})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian ID checked</source>
        <translation>Documento do responsável conferido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian&apos;s signature</source>
        <translation>Assinatura do responsável</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witness (staff)</source>
        <translation>Testemunha (equipe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed at</source>
        <translation>Assinada em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Form {id} · SHA-256: {sha}</source>
        <translation>Ficha {id} · SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>FormQuestion</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/form_question_dialog.py" line="+41"/>
        <source>Yes / no</source>
        <translation>Sim / não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Escolha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical alerts</source>
        <translation>Alertas médicos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
</context>
<context>
    <name>FormTemplatePage</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/form_template_page.py" line="+86"/>
        <location line="+43"/>
        <source>Health questionnaire and consent</source>
        <translation>Anamnese e termo de consentimento</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Language of the questionnaire</source>
        <translation>Idioma da anamnese</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the published version</source>
        <translation>Voltar à versão publicada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+172"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Publish a new version</source>
        <translation>Publicar uma nova versão</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Step up to the desk with your PIN to edit the questionnaire.</source>
        <translation>Entre com seu PIN no balcão para editar a anamnese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only owners and managers edit the questionnaire. You can see it.</source>
        <translation>Só proprietários e gerentes editam a anamnese. Você pode vê-la.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A newer version was published meanwhile — Revert to see it.</source>
        <translation>Uma versão mais nova foi publicada enquanto isso — Reverta para vê-la.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not published yet: this is the questionnaire that ships with the app.</source>
        <translation>Ainda não publicada: esta é a anamnese que vem com o aplicativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version {number}, published {date} by {name}</source>
        <translation>Versão {number}, publicada em {date} por {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing changed since the published version.</source>
        <translation>Nada mudou desde a versão publicada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish or revert the changes first.</source>
        <translation>Publique ou reverta as alterações primeiro.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published. Forms signed from now on use this version.</source>
        <translation>Publicada. As fichas assinadas a partir de agora usam esta versão.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not published: {reason}</source>
        <translation>Não publicada: {reason}</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/forms_tab.py" line="+62"/>
        <source>Signed on</source>
        <translation>Assinada em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Amended</source>
        <translation>Retificada</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{title} (version {number})</source>
        <translation>{title} (versão {number})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an amendment</source>
        <translation>retificação</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Amendment</source>
        <translation>Retificação</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Amended by a later form</source>
        <translation>Retificada por uma ficha posterior</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+5"/>
        <source>Signed forms</source>
        <translation>Fichas assinadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No signed form yet.</source>
        <translation>Nenhuma ficha assinada ainda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fill in a form…</source>
        <translation>Preencher ficha…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in a new form with the client</source>
        <translation>Preencher uma nova ficha com o(a) cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amend…</source>
        <translation>Retificar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in a form amending the chosen one</source>
        <translation>Preencher uma ficha que retifica a escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen form as PDF</source>
        <translation>Abrir a ficha escolhida em PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the chosen form</source>
        <translation>Imprimir a ficha escolhida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector&apos;s file</source>
        <translation>Prontuário para a vigilância</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the client&apos;s file for a health inspection as PDF</source>
        <translation>Abrir em PDF o prontuário do(a) cliente para a vigilância sanitária</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+13"/>
        <source>Preparing the PDF…</source>
        <translation>Preparando o PDF…</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+51"/>
        <source>This form is not on this desk yet (its version has not arrived).</source>
        <translation>Esta ficha ainda não está neste computador (a versão dela ainda não chegou).</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>This client&apos;s record is not on this desk.</source>
        <translation>O cadastro deste(a) cliente não está neste computador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF could not be written to {path}.</source>
        <translation>Não foi possível gravar o PDF em {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF ready: {path}</source>
        <translation>PDF pronto: {path}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The form could not be printed: the printer did not start.</source>
        <translation>Não foi possível imprimir a ficha: a impressora não iniciou.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada à impressora.</numerusform>
            <numerusform>%n páginas enviadas à impressora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeNowPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/free_now.py" line="+111"/>
        <location line="+4"/>
        <source>Free now</source>
        <translation>Livres agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fold the free-now panel</source>
        <translation>Recolher o painel de livres agora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fold or unfold this panel</source>
        <translation>Recolher ou abrir este painel</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Free for the next %n minute(s)</source>
        <translation>
            <numerusform>Livre pelo próximo %n minuto</numerusform>
            <numerusform>Livres pelos próximos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Who is free for the next %n minute(s)</source>
        <translation>
            <numerusform>Quem está livre pelo próximo %n minuto</numerusform>
            <numerusform>Quem está livre pelos próximos %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Nobody is free for the next %n minute(s).</source>
        <translation>
            <numerusform>Ninguém está livre pelo próximo %n minuto.</numerusform>
            <numerusform>Ninguém está livre pelos próximos %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FreeRow</name>
    <message>
        <location line="-167"/>
        <source>{station} · free until {time}</source>
        <translation>{station} · livre até {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No station free · free until {time}</source>
        <translation>Nenhuma maca livre · livre até {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Book walk-in</source>
        <translation>Encaixar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Book a walk-in with {artist}</source>
        <translation>Encaixar cliente com {artist}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book a walk-in with {artist} from now for {minutes} minutes</source>
        <translation>Encaixar cliente com {artist} a partir de agora por {minutes} minutos</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/goto_dialog.py" line="+24"/>
        <source>Go to a date</source>
        <translation>Ir para uma data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the agenda on:</source>
        <translation>Mostrar a agenda em:</translation>
    </message>
</context>
<context>
    <name>HeldRow</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/time_off_parts.py" line="+57"/>
        <source>Move…</source>
        <translation>Remarcar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {booking}</source>
        <translation>Remarcar {booking}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel booking</source>
        <translation>Cancelar agendamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel {booking}</source>
        <translation>Cancelar {booking}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time off: {reason}</source>
        <translation>Folga: {reason}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/history_words.py" line="+20"/>
        <location line="+1"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time zone</source>
        <translation>fuso horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opening hours</source>
        <translation>horário de funcionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age of majority</source>
        <translation>maioridade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minimum age</source>
        <translation>idade mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIX key</source>
        <translation>chave PIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIX key kind</source>
        <translation>tipo de chave PIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merchant name</source>
        <translation>nome do recebedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merchant city</source>
        <translation>cidade do recebedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deposit expiry</source>
        <translation>validade do sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeit on no-show</source>
        <translation>perda do sinal por falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late cancellation</source>
        <translation>cancelamento tardio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who keeps a forfeited deposit</source>
        <translation>quem fica com o sinal perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commission base</source>
        <translation>base da comissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cleaning time</source>
        <translation>tempo de limpeza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record retention</source>
        <translation>guarda dos registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle lock</source>
        <translation>bloqueio por inatividade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt footer</source>
        <translation>rodapé do recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy on unsigned forms</source>
        <translation>política para fichas não assinadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour</source>
        <translation>cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>ativo(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working hours</source>
        <translation>horário de trabalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days that differ</source>
        <translation>dias diferentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guest from</source>
        <translation>convidado(a) desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guest until</source>
        <translation>convidado(a) até</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deactivated {name}</source>
        <translation>Desativou {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated {name}</source>
        <translation>Reativou {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed {name}: {fields}</source>
        <translation>Alterou {name}: {fields}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a client</source>
        <translation>um cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an erased client</source>
        <translation>um cliente apagado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported the data of {client} (LGPD)</source>
        <translation>Exportou os dados de {client} (LGPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased the data of a client (LGPD)</source>
        <translation>Apagou os dados de um cliente (LGPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged {other} into {client}</source>
        <translation>Uniu {other} a {client}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked {client}</source>
        <translation>Bloqueou {client}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unblocked {client}</source>
        <translation>Desbloqueou {client}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered {client}</source>
        <translation>Cadastrou {client}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed {client}: {fields}</source>
        <translation>Alterou {client}: {fields}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a staff member</source>
        <translation>uma pessoa da equipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set up the studio</source>
        <translation>Configurou o estúdio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published version {number} of the health questionnaire</source>
        <translation>Publicou a versão {number} da anamnese</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witnessed an amended consent form (questionnaire version {number})</source>
        <translation>Testemunhou uma retificação do termo de consentimento (anamnese versão {number})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witnessed a signed consent form (questionnaire version {number})</source>
        <translation>Testemunhou a assinatura de um termo de consentimento (anamnese versão {number})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed the studio&apos;s settings: {fields}</source>
        <translation>Alterou as configurações do estúdio: {fields}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added {name} as {role}</source>
        <translation>Adicionou {name} como {role}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set {name}&apos;s commission to {rate} from {day}</source>
        <translation>Definiu a comissão de {name} em {rate} a partir de {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set their own PIN</source>
        <translation>Definiu o próprio PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset {name}&apos;s PIN</source>
        <translation>Redefiniu o PIN de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cleared {name}&apos;s PIN</source>
        <translation>Apagou o PIN de {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the station {name}</source>
        <translation>Adicionou a maca {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed a station: {fields}</source>
        <translation>Alterou uma maca: {fields}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled the booking of {booking}</source>
        <translation>Cancelou o horário de {booking}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled a booking</source>
        <translation>Cancelou um horário</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{booking}: “{from_status}” → “{to_status}”</source>
        <translation>{booking}: “{from_status}” → “{to_status}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved a booking from “{from_status}” to “{to_status}”</source>
        <translation>Mudou um horário de “{from_status}” para “{to_status}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved a conflict</source>
        <translation>Resolveu um conflito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counted {counted} in the drawer and was shown the expected {expected}</source>
        <translation>Contou {counted} no caixa e viu o esperado de {expected}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/history_page.py" line="+44"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identified by PIN at {desk_member}&apos;s desk</source>
        <translation>Identificado(a) por PIN no balcão de {desk_member}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This desk</source>
        <translation>Este balcão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk</source>
        <translation>Outro balcão</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Changes about a client</source>
        <translation>Alterações sobre um cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client: name, phone or document</source>
        <translation>Cliente: nome, telefone ou documento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of change</source>
        <translation>Tipo de alteração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All changes</source>
        <translation>Todas as alterações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients: merges, exports, erasures, blocks</source>
        <translation>Clientes: uniões, exportações, exclusões, bloqueios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookings and projects</source>
        <translation>Agendamentos e projetos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff and settings</source>
        <translation>Equipe e configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales and payments</source>
        <translation>Vendas e pagamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose changes</source>
        <translation>De quem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+50"/>
        <source>Nothing recorded yet.</source>
        <translation>Nada registrado ainda.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Only owners and managers see the studio&apos;s history.</source>
        <translation>Só proprietários e gerentes veem o histórico do estúdio.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nothing recorded matches these filters.</source>
        <translation>Nenhum registro corresponde a estes filtros.</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/hours_editor.py" line="+48"/>
        <source>Monday</source>
        <translation>Segunda-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Terça-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Quarta-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Quinta-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Sexta-feira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day}: closing time is before opening time</source>
        <translation>{day}: o horário de fechamento é antes do de abertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: two spans of the day overlap</source>
        <translation>{day}: dois períodos do dia se sobrepõem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}: at most {count} spans a day</source>
        <translation>{day}: no máximo {count} períodos por dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: check the times</source>
        <translation>{day}: confira os horários</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{day}: from</source>
        <translation>{day}: das</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day}: to</source>
        <translation>{day}: às</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>00:00 is midnight, the end of the day</source>
        <translation>00:00 é meia-noite, o fim do dia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{day}: remove this span</source>
        <translation>{day}: remover este período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this span</source>
        <translation>Remover este período</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open</source>
        <translation>Aberto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Works</source>
        <translation>Trabalha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: open</source>
        <translation>{day}: aberto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{day}: works</source>
        <translation>{day}: trabalha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+ span</source>
        <translation>+ período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}: add a span</source>
        <translation>{day}: adicionar um período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add another span to the day (e.g. after a lunch break)</source>
        <translation>Adicionar outro período ao dia (por exemplo, depois do almoço)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day off</source>
        <translation>Folga</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Hours of the week</source>
        <translation>Horários da semana</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="+125"/>
        <source>When the studio is open. Each artist works these hours unless told otherwise later.</source>
        <translation>Quando o estúdio abre. Cada tatuador trabalha nesse horário, a menos que se defina outro depois.</translation>
    </message>
</context>
<context>
    <name>IcsExportDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/ics_dialog.py" line="+86"/>
        <location line="+59"/>
        <location line="+42"/>
        <source>Export to a phone</source>
        <translation>Exportar para o celular</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Artist whose bookings are exported</source>
        <translation>Tatuador cujos agendamentos são exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to export</source>
        <translation>Dias a exportar</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Próximo %n dia</numerusform>
            <numerusform>Próximos %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file holds each booking&apos;s time, its kind and the client&apos;s initials only: no names, phones, notes or health data. Import it in the phone&apos;s calendar; a newer export updates the bookings of an older one.</source>
        <translation>O arquivo traz só o horário, o tipo e as iniciais do cliente de cada agendamento: sem nomes, telefones, observações ou dados de saúde. Importe-o na agenda do celular; uma exportação mais nova atualiza os agendamentos de uma anterior.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the bookings</source>
        <translation>Exportar os agendamentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no artist whose bookings you may export.</source>
        <translation>Não há tatuador cujos agendamentos você possa exportar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de agenda (*.ics)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the bookings…</source>
        <translation>Lendo os agendamentos…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file could not be written to {path}.</source>
        <translation>Não foi possível gravar o arquivo em {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n booking(s) written to {path}.</source>
        <translation>
            <numerusform>%n agendamento gravado em {path}.</numerusform>
            <numerusform>%n agendamentos gravados em {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorPdf</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/inspector_pdf.py" line="+44"/>
        <location line="+6"/>
        <location line="+138"/>
        <location line="+3"/>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minor</source>
        <translation>Menor de idade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Below the age of majority today</source>
        <translation>Menor de idade hoje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identification</source>
        <translation>Identificação</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No products recorded.</source>
        <translation>Nenhum produto registrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANVISA reg.</source>
        <translation>Reg. ANVISA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufactured</source>
        <translation>Fabricação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottle opened</source>
        <translation>Frasco aberto em</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record #{number} · written on {date} at {time} by {name}</source>
        <translation>Registro nº {number} · feito em {date} às {time} por {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(não registrado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>corrects #{number}</source>
        <translation>corrige o nº {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{date} at {time} · {kind} · Artist: {artist}</source>
        <translation>{date} às {time} · {kind} · Tatuador(a): {artist}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No session record written for this procedure.</source>
        <translation>Nenhum registro de sessão para este procedimento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Body location</source>
        <translation>Local do corpo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse reactions</source>
        <translation>Reações adversas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None recorded</source>
        <translation>Nenhuma registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needle lots</source>
        <translation>Lotes de agulhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposable lots</source>
        <translation>Lotes de descartáveis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoclave cycle</source>
        <translation>Ciclo da autoclave</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Corrects an earlier record of this session</source>
        <translation>Corrige um registro anterior desta sessão</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+24"/>
        <source>Signed consents</source>
        <translation>Termos de consentimento assinados</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No signed consent form.</source>
        <translation>Nenhum termo de consentimento assinado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed on</source>
        <translation>Assinado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witness</source>
        <translation>Testemunha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title}, version {number}</source>
        <translation>{title}, versão {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amends form {id}</source>
        <translation>retifica a ficha {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amended later</source>
        <translation>retificada depois</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{date}: authorised and signed by the guardian {guardian}, ID {document}.</source>
        <translation>{date}: autorizado e assinado pelo responsável {guardian}, documento {document}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian authorisation (minor)</source>
        <translation>Autorização do responsável (menor de idade)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client file · {name}</source>
        <translation>Prontuário do(a) cliente · {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed on {date} at {time}</source>
        <translation>Impresso em {date} às {time}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Procedures</source>
        <translation>Procedimentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No procedure yet.</source>
        <translation>Nenhum procedimento ainda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{studio} · client file of {name}</source>
        <translation>{studio} · prontuário de {name}</translation>
    </message>
</context>
<context>
    <name>Join</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/join_text.py" line="+18"/>
        <source>This computer holds the demo studio, which cannot join a studio&apos;s server: its records were made up for trying KRONOS and can never be sent to one. To connect this computer to your studio, start KRONOS with a new, empty data folder (--data-dir) and choose “Join a studio that uses a server” on the first screen.</source>
        <translation>Este computador tem o estúdio de demonstração, que não pode entrar no servidor de um estúdio: os registros dele foram inventados para experimentar o KRONOS e nunca podem ser enviados a um servidor. Para conectar este computador ao seu estúdio, abra o KRONOS com uma pasta de dados nova e vazia (--data-dir) e escolha “Entrar em um estúdio que usa servidor” na primeira tela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This desk cannot join a studio&apos;s server: some records on this computer were never recorded as changes a server can receive, and joining would lose them ({count} in all). Nothing was changed. Call your support contact.</source>
        <translation>Este balcão não pode entrar no servidor de um estúdio: alguns registros deste computador nunca foram gravados como alterações que um servidor possa receber, e entrar os perderia ({count} ao todo). Nada foi alterado. Chame o seu suporte.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/choice_pages.py" line="+68"/>
        <source>Type the address of the studio&apos;s server. The owner or a manager then signs in, in the web browser, and this computer downloads the studio.</source>
        <translation>Digite o endereço do servidor do estúdio. Depois o dono ou um gerente entra pelo navegador, e este computador baixa o estúdio.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Join a studio&apos;s server</source>
        <translation>Entrar no servidor de um estúdio</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../kronos_desktop/ui/common/fmt.py" line="+21"/>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch-up</source>
        <translation>Retoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Encaixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time off</source>
        <translation>Folga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Chegou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Em atendimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>appointment</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-show</source>
        <translation>Não compareceu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <comment>sale</comment>
        <translation>Aberta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Void</source>
        <comment>sale</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Closed</source>
        <comment>sale</comment>
        <translation>Fechada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cash</source>
        <translation>Dinheiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit card</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit card</source>
        <translation>Débito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pix</source>
        <translation>Pix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Transferência</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voucher</source>
        <translation>Vale-presente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner</source>
        <translation>Proprietário(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RG</source>
        <translation>RG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passport</source>
        <translation>Passaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Outro documento</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/lock_screen.py" line="+60"/>
        <location line="+63"/>
        <source>Who is at the desk?</source>
        <translation>Quem está no balcão?</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hello, {name}. Type your PIN.</source>
        <translation>Olá, {name}. Digite seu PIN.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No PIN yet</source>
        <translation>Ainda sem PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no PIN yet.</source>
        <translation>{name} ainda não tem PIN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask an owner or a manager to set your PIN in Staff.</source>
        <translation>Peça a um(a) proprietário(a) ou gerente para definir seu PIN em Equipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an owner to set your PIN in Staff.</source>
        <translation>Peça a um(a) proprietário(a) para definir seu PIN em Equipe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Não foi possível conferir o PIN. Tente de novo.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Wrong PIN, %Ln try(s) left</source>
        <translation>
            <numerusform>PIN errado, resta %Ln tentativa</numerusform>
            <numerusform>PIN errado, restam %Ln tentativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong PINs: {name} is locked on this desk for {time}.</source>
        <translation>PIN errado vezes demais: {name} está bloqueado(a) neste balcão por {time}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+109"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/action_specs.py" line="-325"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+17"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+1"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+1"/>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Review &amp;conflicts…</source>
        <translation>Revisar &amp;conflitos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review conflicts</source>
        <translation>Revisar conflitos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit KRONOS</source>
        <translation>Sair do KRONOS</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+107"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+1"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>&amp;About KRONOS</source>
        <translation>&amp;Sobre o KRONOS</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+295"/>
        <source>About KRONOS</source>
        <translation>Sobre o KRONOS</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/main_window.py" line="-20"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time KRONOS starts.</source>
        <translation>O novo idioma será usado na próxima vez que o KRONOS for aberto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h3&gt;KRONOS {version}&lt;/h3&gt;&lt;p&gt;Front desk for tattoo studios: agenda, clients and checkout.&lt;/p&gt;&lt;p&gt;Works on its own, without internet; the studio&apos;s data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KRONOS {version}&lt;/h3&gt;&lt;p&gt;Recepção para estúdios de tatuagem: agenda, clientes e caixa.&lt;/p&gt;&lt;p&gt;Funciona sozinho, sem internet; os dados do estúdio ficam neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Changes not sent yet</source>
        <translation>Alterações ainda não enviadas</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln change(s) have not reached the server yet.</source>
        <translation>
            <numerusform>%Ln alteração ainda não chegou ao servidor.</numerusform>
            <numerusform>%Ln alterações ainda não chegaram ao servidor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are kept safely on this computer and will be sent the next time KRONOS is open and online. Quit anyway?</source>
        <translation>Tudo fica guardado com segurança neste computador e será enviado na próxima vez que o KRONOS estiver aberto e conectado. Sair mesmo assim?</translation>
    </message>
</context>
<context>
    <name>ManagerPinDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/drawer_dialogs.py" line="+70"/>
        <location line="+1"/>
        <source>A manager&apos;s confirmation</source>
        <translation>Confirmação de um(a) gerente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner or manager confirming</source>
        <translation>Dono(a) ou gerente que confirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their PIN</source>
        <translation>PIN de quem confirma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm with the PIN</source>
        <translation>Confirmar com o PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who confirms</source>
        <translation>Quem confirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No owner or manager of the studio has a PIN on this desk.</source>
        <translation>Nenhum(a) dono(a) ou gerente do estúdio tem PIN neste balcão.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the PIN.</source>
        <translation>Digite o PIN.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many wrong PINs: this person is locked on this desk for a while.</source>
        <translation>PIN errado vezes demais: esta pessoa está bloqueada neste balcão por um tempo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong PIN.</source>
        <translation>PIN errado.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/material_dialog.py" line="+77"/>
        <source>New material</source>
        <translation>Novo material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit material</source>
        <translation>Editar material</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANVISA registration</source>
        <translation>Registro ANVISA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Manufactured on</source>
        <translation>Fabricado em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottle opened on</source>
        <translation>Frasco aberto em</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type the date as {format}.</source>
        <translation>Digite a data como {format}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the material a name.</source>
        <translation>Dê um nome ao material.</translation>
    </message>
</context>
<context>
    <name>Materials</name>
    <message>
        <location line="-118"/>
        <source>Ink</source>
        <translation>Tinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needle</source>
        <translation>Agulha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposable</source>
        <translation>Descartável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/materials_page.py" line="+78"/>
        <source>Manufacturer: {name}</source>
        <translation>Fabricante: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manufactured: {date}</source>
        <translation>Fabricação: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened: {date}</source>
        <translation>Aberto em: {date}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANVISA</source>
        <translation>ANVISA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ANVISA registration</source>
        <translation>Registro na ANVISA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{date} (expired)</source>
        <translation>{date} (vencido)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not registered</source>
        <translation>Sem registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inativo)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This lot expired on {date}: a session record refuses it.</source>
        <translation>Este lote venceu em {date}: o registro da sessão não o aceita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An ink needs its ANVISA registration number to be used in a session.</source>
        <translation>Uma tinta precisa do número de registro na ANVISA para ser usada em uma sessão.</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location line="+37"/>
        <source>Add material</source>
        <translation>Adicionar material</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Show inactive</source>
        <translation>Mostrar inativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Inks and materials</source>
        <translation>Tintas e materiais</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Expired lots are shown in red; an ink without an ANVISA registration is flagged.</source>
        <translation>Lotes vencidos aparecem em vermelho; tinta sem registro na ANVISA é sinalizada.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n material(s)</source>
        <translation>
            <numerusform>%n material</numerusform>
            <numerusform>%n materiais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n vencido</numerusform>
            <numerusform>%n vencidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step up to the desk with your PIN to keep the list of materials.</source>
        <translation>Entre com seu PIN no balcão para manter a lista de materiais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only owners and managers keep the list of materials. You can see it.</source>
        <translation>Só proprietários e gerentes mantêm a lista de materiais. Você pode consultá-la.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a material in the list first.</source>
        <translation>Escolha antes um material na lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
</context>
<context>
    <name>MemberButton</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/member_button.py" line="+48"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>Lock / switch person</source>
        <translation>Bloquear / trocar de pessoa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At the desk: {name}. Click to lock or switch person.</source>
        <translation>No balcão: {name}. Clique para bloquear ou trocar de pessoa.</translation>
    </message>
</context>
<context>
    <name>MemberTile</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/picker.py" line="+62"/>
        <source>Locked for {time}</source>
        <translation>Bloqueado(a) por {time}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/merge_cells.py" line="+58"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not blocked</source>
        <translation>Não bloqueado(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/clients/merge_fields.py" line="+88"/>
        <source>Blocked</source>
        <translation>Bloqueado(a)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/merge_dialog.py" line="+74"/>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+324"/>
        <source>Merge client records</source>
        <translation>Unir cadastros de cliente</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Two records of the same person become one. Pick, for each detail that differs, what the kept record holds.</source>
        <translation>Dois cadastros da mesma pessoa viram um só. Escolha, para cada dado diferente, o que fica no cadastro mantido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+210"/>
        <source>This record</source>
        <translation>Este cadastro</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+209"/>
        <source>The other record</source>
        <translation>O outro cadastro</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>Find the other record</source>
        <translation>Buscar o outro cadastro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the other record: name, phone, e-mail, CPF…</source>
        <translation>Busque o outro cadastro: nome, telefone, e-mail, CPF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records found</source>
        <translation>Cadastros encontrados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose another…</source>
        <translation>Escolher outro…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose another record</source>
        <translation>Escolher outro cadastro</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>What the merge does</source>
        <translation>O que a união faz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the merge cannot be done</source>
        <translation>Por que a união não pode ser feita</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+262"/>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>Merge the two records</source>
        <translation>Unir os dois cadastros</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+263"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>No other record found.</source>
        <translation>Nenhum outro cadastro encontrado.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Both: {value}</source>
        <translation>Os dois: {value}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two records hold the same details: only the rows that hang on them move.</source>
        <translation>Os dois cadastros têm os mesmos dados: só o que está ligado a eles muda de cadastro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This record is no longer there.</source>
        <translation>Este cadastro não existe mais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record was merged or erased meanwhile.</source>
        <translation>Este cadastro foi unido ou apagado enquanto isso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other record was merged or erased meanwhile: choose another.</source>
        <translation>O outro cadastro foi unido ou apagado enquanto isso: escolha outro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find the other record of the same person to compare them.</source>
        <translation>Busque o outro cadastro da mesma pessoa para compará-los.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n agendamento</numerusform>
            <numerusform>%n agendamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projeto</numerusform>
            <numerusform>%n projetos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No open booking or project</source>
        <translation>Nenhum agendamento ou projeto em aberto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} of {other} move to {keep}. {other} then points at {keep} and leaves the client list; its closed sales, payments and signed forms stay as they were made and show in {keep}&apos;s record.</source>
        <translation>{what} de {other} passam para {keep}. {other} passa a apontar para {keep} e sai da lista de clientes; suas vendas fechadas, pagamentos e fichas assinadas ficam como foram feitos e aparecem no cadastro de {keep}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A joined text is too long for the record: choose one of the two instead.</source>
        <translation>O texto unido é longo demais para o cadastro: escolha um dos dois.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge {other} into {keep}?</source>
        <translation>Unir {other} a {keep}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kept record takes the details chosen. A merge cannot be undone.</source>
        <translation>O cadastro mantido fica com os dados escolhidos. Uma união não pode ser desfeita.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Keep this record</source>
        <translation>Manter este cadastro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>added {day}</source>
        <translation>criado em {day}</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/merge_fields.py" line="-18"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Nome social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How they found the studio</source>
        <translation>Como conheceu o estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical conditions</source>
        <translation>Condições médicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent</source>
        <translation>Consentimento de marketing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data processing consent</source>
        <translation>Consentimento de tratamento de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data consent</source>
        <translation>Consentimento de dados de saúde</translation>
    </message>
</context>
<context>
    <name>MethodForm</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/payment_method_form.py" line="+76"/>
        <source>Pay by {method} (key {number})</source>
        <translation>Pagar com {method} (tecla {number})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Amount of this payment</source>
        <translation>Valor deste pagamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash received</source>
        <translation>Dinheiro recebido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the client hands over</source>
        <translation>o que o cliente entrega</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Card brand</source>
        <translation>Bandeira do cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the brand…</source>
        <translation>Escolha a bandeira…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Instalments</source>
        <translation>Parcelas</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Authorisation code or NSU</source>
        <translation>Código de autorização ou NSU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the card machine&apos;s slip</source>
        <translation>do comprovante da maquininha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card machine&apos;s fee</source>
        <translation>Taxa da maquininha</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Brand</source>
        <translation>Bandeira</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NSU / code</source>
        <translation>NSU / código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine&apos;s fee</source>
        <translation>Taxa da maquininha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Show QR code” shows this amount&apos;s PIX code to the client; confirm there when the money arrives.</source>
        <translation>“Mostrar QR code” mostra ao cliente o código PIX deste valor; confirme lá quando o dinheiro chegar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Transfer reference or note</source>
        <translation>Referência ou observação da transferência</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. the bank&apos;s reference</source>
        <translation>ex.: a referência do banco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+100"/>
        <source>Add payment</source>
        <translation>Adicionar pagamento</translation>
    </message>
    <message>
        <location line="-100"/>
        <location line="+102"/>
        <source>Add this payment</source>
        <translation>Adicionar este pagamento</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>the studio offers up to %n instalment(s)</source>
        <translation>
            <numerusform>o estúdio oferece até %n parcela</numerusform>
            <numerusform>o estúdio oferece até %n parcelas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Show QR code</source>
        <translation>Mostrar QR code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the PIX QR code for this amount</source>
        <translation>Mostrar o QR code PIX deste valor</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Type the amount of this payment.</source>
        <translation>Digite o valor deste pagamento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Less than the amount: the client hands over at least {amount}.</source>
        <translation>Menos que o valor: o cliente entrega pelo menos {amount}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the card&apos;s brand, as the machine&apos;s slip says.</source>
        <translation>Escolha a bandeira do cartão, como diz o comprovante da maquininha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The fee cannot be more than the payment.</source>
        <translation>A taxa não pode ser maior que o pagamento.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the studio&apos;s rate: {rate}</source>
        <translation>taxa do estúdio: {rate}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change: {amount}</source>
        <translation>Troco: {amount}</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/money_field.py" line="+44"/>
        <location line="+7"/>
        <source>An amount cannot be negative.</source>
        <translation>O valor não pode ser negativo.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Not an amount: type it like {example}.</source>
        <translation>Não é um valor: digite como {example}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type an amount.</source>
        <translation>Digite um valor.</translation>
    </message>
</context>
<context>
    <name>MonthCanvas</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/month_view.py" line="+46"/>
        <source>Month overview</source>
        <translation>Visão do mês</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Holiday: %1</source>
        <translation>Feriado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+76"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n agend.</numerusform>
            <numerusform>%n agend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>%1 free</source>
        <translation>%1 livres</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+76"/>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/sync/inbox.py" line="-233"/>
        <source>Move booking</source>
        <translation>Mudar agendamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>New start</source>
        <translation>Novo início</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Booking</source>
        <translation>Agendamento</translation>
    </message>
</context>
<context>
    <name>MyDayView</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/my_day.py" line="+25"/>
        <source>The artist&apos;s day</source>
        <translation>O dia do tatuador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My day</source>
        <translation>Meu dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose day</source>
        <translation>De quem é o dia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No bookings today.</source>
        <translation>Nenhum agendamento hoje.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>{name}&apos;s day</source>
        <translation>Dia de {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n agendamento</numerusform>
            <numerusform>%n agendamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n with health alert(s)</source>
        <translation>
            <numerusform>%n com alerta de saúde</numerusform>
            <numerusform>%n com alertas de saúde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_dialog.py" line="+77"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_form.py" line="-252"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+51"/>
        <source>Preferred name</source>
        <translation>Nome social</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Name the client prefers (social name), if different</source>
        <translation>Como o cliente prefere ser chamado, se for diferente</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+50"/>
        <location line="+99"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>(11) 98765-4321 or +1 415 555 0100</source>
        <translation>(11) 98765-4321 ou +1 415 555 0100</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone takes WhatsApp</source>
        <translation>O telefone tem WhatsApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+44"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <source>Birth date</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>e.g. {date}</source>
        <translation>ex.: {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document number</source>
        <translation>Número do documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>How they found the studio</source>
        <translation>Como conheceu o estúdio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A friend</source>
        <translation>Indicação de amigo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passing by</source>
        <translation>Passou na frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event or convention</source>
        <translation>Evento ou convenção</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returning client</source>
        <translation>Cliente antigo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Found us through</source>
        <translation>Conheceu por</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Medical alerts</source>
        <translation>Alertas médicos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Medicines the client takes now</source>
        <translation>Remédios que o cliente toma hoje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Consents, specifically, to the studio keeping their health data</source>
        <translation>Autoriza, especificamente, o estúdio a guardar seus dados de saúde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to keeping health data</source>
        <translation>Consentimento para dados de saúde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data is sensitive data (LGPD art. 11): it needs its own, specific consent.</source>
        <translation>Dados de saúde são dados sensíveis (LGPD art. 11): pedem um consentimento próprio e específico.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents</source>
        <translation>Consentimentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health data (allergies, conditions, medication) is sensitive data under LGPD art. 11: its consent is asked for separately.</source>
        <translation>Dados de saúde (alergias, condições, medicamentos) são dados sensíveis pela LGPD art. 11: o consentimento é pedido à parte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian&apos;s name</source>
        <translation>Nome do responsável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian&apos;s document</source>
        <translation>Documento do responsável</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship to the client</source>
        <translation>Parentesco com o cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother, father, legal guardian…</source>
        <translation>Mãe, pai, tutor legal…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guardian&apos;s phone</source>
        <translation>Telefone do responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client is below the studio&apos;s age of majority: their guardian.</source>
        <translation>O cliente é menor de idade para o estúdio: seu responsável.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>At most {max} characters.</source>
        <translation>No máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Latex, inks, antiseptics, medicines…</source>
        <translation>Látex, tintas, antissépticos, medicamentos…</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Client&apos;s details</source>
        <translation>Dados do cliente</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Diabetes, anticoagulants, pregnancy, keloids…</source>
        <translation>Diabetes, anticoagulantes, gravidez, queloides…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Consents to the studio keeping their data (LGPD)</source>
        <translation>Autoriza o estúdio a guardar seus dados (LGPD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to data processing</source>
        <translation>Consentimento para tratamento de dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client agreed that the studio keeps and uses their data to serve them (LGPD).</source>
        <translation>O cliente concordou que o estúdio guarde e use seus dados para atendê-lo (LGPD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agrees to receive news and offers</source>
        <translation>Aceita receber novidades e promoções</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to marketing</source>
        <translation>Consentimento para marketing</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Full name *</source>
        <translation>Nome completo *</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+84"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_dialog.py" line="+0"/>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save client</source>
        <translation>Salvar cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only the full name is required; fill in what the client gives you.</source>
        <translation>Só o nome completo é obrigatório; preencha o que o cliente informar.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_form.py" line="+138"/>
        <source>Type the client&apos;s full name.</source>
        <translation>Digite o nome completo do cliente.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>At most 80 characters.</source>
        <translation>No máximo 80 caracteres.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/contact_words.py" line="-35"/>
        <source>Area code and number, like (11) 98765-4321 (abroad: +country).</source>
        <translation>DDD e número, como (11) 98765-4321 (exterior: +país).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Isto não parece um e-mail (nome@exemplo.com).</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>An Instagram handle has letters, digits, dots and underscores (at most 30).</source>
        <translation>Um usuário do Instagram tem letras, números, pontos e sublinhados (no máximo 30).</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_form.py" line="+21"/>
        <source>Type the date as {example}.</source>
        <translation>Digite a data assim: {example}.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>At most 32 characters.</source>
        <translation>No máximo 32 caracteres.</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Comma-separated: fine line, VIP…</source>
        <translation>Separadas por vírgula: fine line, VIP…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes &amp; tags</source>
        <translation>Observações e etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked: do not book this client</source>
        <translation>Bloqueado: não agendar este cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason for the block</source>
        <translation>Motivo do bloqueio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>Bloqueio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>A tag has at most {max} characters.</source>
        <translation>Uma etiqueta tem no máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_dialog.py" line="+95"/>
        <location filename="../../kronos_desktop/ui/clients/contact_words.py" line="+13"/>
        <source>Check this field.</source>
        <translation>Confira este campo.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/contact_words.py" line="-10"/>
        <source>This date does not exist: {date}.</source>
        <translation>Esta data não existe: {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The birth date cannot be in the future.</source>
        <translation>A data de nascimento não pode estar no futuro.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>This CPF is not valid: check its 11 digits.</source>
        <translation>Este CPF não é válido: confira os 11 dígitos.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/client_dialog.py" line="+117"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+43"/>
        <source>The client was not saved. Nothing you typed was lost.</source>
        <translation>O cliente não foi salvo. Nada do que você digitou foi perdido.</translation>
    </message>
</context>
<context>
    <name>OpenDayDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/drawer_dialogs.py" line="-125"/>
        <location line="+1"/>
        <source>Open the cash drawer</source>
        <translation>Abrir o caixa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the change the drawer starts the day ({day}) with (the float), and type it.</source>
        <translation>Conte o troco com que o caixa começa o dia {day} (o fundo de troco) e digite o valor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Float</source>
        <translation>Fundo de troco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the day</source>
        <translation>&amp;Abrir o caixa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the drawer&apos;s day</source>
        <translation>Abrir o caixa do dia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float *</source>
        <translation>Fundo de troco *</translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="+48"/>
        <source>You are the studio&apos;s owner: you may do everything, and you give the others their roles. Your PIN (4 to 6 digits) is what you type to step up to the desk; it is never stored as typed.</source>
        <translation>Você é o(a) dono(a) do estúdio: pode fazer tudo e define a função de cada um. Seu PIN (4 a 6 dígitos) é o que você digita ao chegar ao balcão; ele nunca é guardado como foi digitado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your PIN</source>
        <translation>Seu PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your PIN again</source>
        <translation>Seu PIN de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIN (4 to 6 digits)</source>
        <translation>PIN (4 a 6 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN again</source>
        <translation>PIN de novo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KRONOS does not keep a PIN while setting up: type yours again.</source>
        <translation>O KRONOS não guarda o PIN durante a configuração: digite o seu de novo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You, the owner</source>
        <translation>Você, o(a) dono(a)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the same PIN again below, to be sure of it.</source>
        <translation>Digite o mesmo PIN de novo abaixo, para confirmar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type your name.</source>
        <translation>Digite seu nome.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/paper.py" line="+144"/>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The page could not be opened for painting.</source>
        <translation>Não foi possível abrir a página para impressão.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/payment_dialog.py" line="+86"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment of the ticket</source>
        <translation>Pagamento da comanda</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+2"/>
        <source>Back to the ticket</source>
        <translation>Voltar à comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payments taken stay on the ticket</source>
        <translation>Os pagamentos recebidos ficam na comanda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close ticket</source>
        <translation>Fechar comanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the ticket</source>
        <translation>Fechar a comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>Record the sale and its payments (Ctrl+Enter)</source>
        <translation>Registrar a venda e seus pagamentos (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The ticket cannot be paid as it is</source>
        <translation>A comanda não pode ser paga como está</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left to pay {amount}</source>
        <translation>Falta pagar {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full</source>
        <translation>Pago integralmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid {amount} too much</source>
        <translation>Pago {amount} a mais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {amount}</source>
        <translation>Troco {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deposit applied −{amount}</source>
        <translation>sinal abatido −{amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tips {amount}</source>
        <translation>gorjetas {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid {amount}</source>
        <translation>pago {amount}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing is left to pay: close the ticket, or remove a payment to take it again.</source>
        <translation>Não falta pagar nada: feche a comanda ou remova um pagamento para recebê-lo de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payments are above what is owed: remove one and take it again.</source>
        <translation>Os pagamentos passam do valor devido: remova um e receba de novo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The studio has no PIX key, merchant name and city yet: an owner or manager sets them in Settings.</source>
        <translation>O estúdio ainda não tem chave PIX, nome e cidade do recebedor: um(a) dono(a) ou gerente os define em Configurações.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing is left to pay.</source>
        <translation>Não falta nada a pagar.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{amount} is more than is left to pay ({left}).</source>
        <translation>{amount} é mais do que falta pagar ({left}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type what the client hands over under Received: the change is worked out.</source>
        <translation>Digite em Recebido o que o cliente entregou: o troco é calculado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A voucher pays at most what is left.</source>
        <translation>Um vale-presente paga no máximo o que falta pagar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No artist on this ticket to give a tip to.</source>
        <translation>Nenhum(a) tatuador(a) nesta comanda para receber gorjeta.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The payments could not be saved on this desk; they stay here while it is open.</source>
        <translation>Não foi possível salvar os pagamentos neste computador; eles ficam aqui enquanto esta janela estiver aberta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+3"/>
        <source>The ticket is not closed: {why}</source>
        <translation>A comanda não foi fechada: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ticket is not closed; its payments are kept.</source>
        <translation>A comanda não foi fechada; seus pagamentos foram mantidos.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/tips_panel.py" line="+58"/>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the amount above the bill as a tip?</source>
        <translation>Ficar com o valor acima da conta como gorjeta?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take {amount} above the bill as a tip?</source>
        <translation>Ficar com {amount} acima da conta como gorjeta?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No artist is on this ticket: choose who gets the tip.</source>
        <translation>Nenhum(a) tatuador(a) nesta comanda: escolha quem recebe a gorjeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Artist who gets the tip</source>
        <translation>Tatuador(a) que recebe a gorjeta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes, a tip</source>
        <translation>Sim, gorjeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No, not a tip</source>
        <translation>Não, não é gorjeta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>PaymentProblems</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/payment_problems.py" line="+23"/>
        <source>The ticket has no line: add a service or a product first.</source>
        <translation>A comanda não tem itens: adicione antes um serviço ou produto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} of the bill is still to pay.</source>
        <translation>Faltam {amount} da conta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payments are {amount} above the bill: remove one, or take it again as a tip.</source>
        <translation>Os pagamentos passam {amount} da conta: remova um, ou receba-o de novo como gorjeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} of the tips is still to pay.</source>
        <translation>Faltam {amount} das gorjetas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payments hold {amount} of tips no artist gets: remove that payment.</source>
        <translation>Os pagamentos têm {amount} de gorjeta sem tatuador(a): remova esse pagamento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only cash gives change: remove the payment that gives it.</source>
        <translation>Só dinheiro dá troco: remova o pagamento que o dá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A cash payment received less than its amount: remove it.</source>
        <translation>Um pagamento em dinheiro recebeu menos que seu valor: remova-o.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A card payment lacks its brand, has a fee above it, or has more instalments than the studio offers (up to %n): remove it and take it again.</source>
        <translation>Um pagamento com cartão está sem bandeira, tem taxa maior que ele ou mais parcelas do que o estúdio oferece (até %n): remova-o e receba de novo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The discount is above the total: change it on the ticket.</source>
        <translation>O desconto é maior que o total: corrija na comanda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deposits applied are above the total: change them on the ticket.</source>
        <translation>Os sinais abatidos são maiores que o total: corrija na comanda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A voucher payment does not name its voucher: remove it and take it again with the voucher&apos;s code.</source>
        <translation>Um pagamento com vale-presente não indica o vale: remova-o e lance de novo com o código do vale.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ticket cannot close yet ({code}).</source>
        <translation>A comanda ainda não pode ser fechada ({code}).</translation>
    </message>
</context>
<context>
    <name>PaymentRows</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/payment_rows.py" line="+34"/>
        <source>1 instalment</source>
        <translation>1 parcela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} instalments</source>
        <translation>{n} parcelas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSU {code}</source>
        <translation>NSU {code}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fee {amount}</source>
        <translation>taxa {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>received {amount}</source>
        <translation>recebido {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>change {amount}</source>
        <translation>troco {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id {e2e}</source>
        <translation>id {e2e}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(tip {amount} included)</source>
        <translation>(gorjeta {amount} incluída)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{paid} paid: {bill} to the bill and a tip of {tip}</source>
        <translation>{paid} pagos: {bill} da conta e {tip} de gorjeta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Payments taken</source>
        <translation>Pagamentos recebidos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No payment taken yet.</source>
        <translation>Nenhum pagamento recebido ainda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove payment</source>
        <translation>Remover pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the chosen payment</source>
        <translation>Remover o pagamento escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the chosen payment off the ticket (Delete)</source>
        <translation>Tirar o pagamento escolhido da comanda (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/set_pin_dialog.py" line="+50"/>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>New PIN again</source>
        <translation>Repita o novo PIN</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Save PIN</source>
        <translation>Salvar PIN</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New PIN (4 to 6 digits)</source>
        <translation>Novo PIN (4 a 6 dígitos)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="-9"/>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>O PIN tem de 4 a 6 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="+4"/>
        <source>The two PINs typed are not the same.</source>
        <translation>Os dois PINs digitados não são iguais.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/pin_pad.py" line="+85"/>
        <source>Delete the last digit</source>
        <translation>Apagar o último dígito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter the PIN</source>
        <translation>Confirmar o PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>← Someone else</source>
        <translation>← Outra pessoa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the list of people</source>
        <translation>Voltar à lista de pessoas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Digit {digit}</source>
        <translation>Dígito {digit}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PIN for {name}</source>
        <translation>PIN de {name}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A PIN has 4 to 6 digits.</source>
        <translation>O PIN tem de 4 a 6 dígitos.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln digit(s) typed</source>
        <translation>
            <numerusform>%Ln dígito digitado</numerusform>
            <numerusform>%Ln dígitos digitados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PixPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="+32"/>
        <source>With a PIX key the checkout shows a PIX code for the client to pay with. Optional: leave the key empty to set it later in Settings.</source>
        <translation>Com uma chave PIX, o caixa mostra um código PIX para o cliente pagar. Opcional: deixe a chave em branco para configurar depois em Configurações.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>As the bank shows it to the payer; at most {count} characters.</source>
        <translation>Como o banco mostra a quem paga; no máximo {count} caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {count} characters.</source>
        <translation>No máximo {count} caracteres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A PIX code needs the merchant&apos;s name: type it, or clear the PIX key.</source>
        <translation>O código PIX precisa do nome do recebedor: digite-o ou apague a chave PIX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PIX code needs the merchant&apos;s city: type it, or clear the PIX key.</source>
        <translation>O código PIX precisa da cidade do recebedor: digite-a ou apague a chave PIX.</translation>
    </message>
</context>
<context>
    <name>PixScreen</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/pix_screen.py" line="+97"/>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIX payment</source>
        <translation>Pagamento PIX</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pay with PIX</source>
        <translation>Pagar com PIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: {amount}</source>
        <translation>Valor: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference: {reference}</source>
        <translation>Referência: {reference}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: no PIX payment</source>
        <translation>Cancelar: sem pagamento PIX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Money arrived</source>
        <translation>O dinheiro caiu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The money arrived in the studio&apos;s account</source>
        <translation>O dinheiro caiu na conta do estúdio</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>PIX QR code for {amount}</source>
        <translation>QR code PIX de {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the code with the bank&apos;s app, or copy the code and paste it there:</source>
        <translation>Leia o código com o app do banco, ou copie o código e cole lá:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIX copy-and-paste code</source>
        <translation>Código PIX copia e cola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the PIX code</source>
        <translation>Copiar o código PIX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>End-to-end id (optional)</source>
        <translation>ID fim a fim (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end id of the transfer (optional)</source>
        <translation>ID fim a fim da transferência (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the bank&apos;s app, e.g. E1234567820261204…</source>
        <translation>Do app do banco, ex.: E1234567820261204…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An owner or manager sets it in Settings → Studio, under PIX.</source>
        <translation>Um(a) dono(a) ou gerente configura em Configurações → Estúdio, na seção PIX.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This studio has no PIX key yet, so there is no PIX code to show.</source>
        <translation>Este estúdio ainda não tem chave PIX, então não há código PIX para mostrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIX code needs the studio&apos;s merchant name, and it has none yet.</source>
        <translation>O código PIX precisa do nome do recebedor do estúdio, que ainda não foi informado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIX code needs the studio&apos;s merchant city, and it has none yet.</source>
        <translation>O código PIX precisa da cidade do recebedor do estúdio, que ainda não foi informada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A PIX code needs an amount above zero.</source>
        <translation>O código PIX precisa de um valor acima de zero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIX code could not be made from the studio&apos;s PIX settings.</source>
        <translation>Não foi possível gerar o código PIX com as configurações de PIX do estúdio.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An end-to-end id is letters and digits only (32 of them, starting with E). Leave it empty if you do not have it.</source>
        <translation>O ID fim a fim tem só letras e números (32, começando com E). Deixe em branco se não o tiver.</translation>
    </message>
</context>
<context>
    <name>PrintDayDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/print_dialog.py" line="+75"/>
        <location line="+11"/>
        <location line="+103"/>
        <source>Print the day</source>
        <translation>Imprimir o dia</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Day to print</source>
        <translation>Dia a imprimir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Artist to print</source>
        <translation>Tatuador a imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All artists</source>
        <translation>Todos os tatuadores</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+44"/>
        <source>Save the day as PDF</source>
        <translation>Salvar o dia como PDF</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>day-{date}.pdf</source>
        <translation>dia-{date}.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be saved to {path}.</source>
        <translation>Não foi possível salvar o PDF em {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n página salva em {path}.</numerusform>
            <numerusform>%n páginas salvas em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The day could not be printed: the printer did not start.</source>
        <translation>Não foi possível imprimir o dia: a impressora não iniciou.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada à impressora.</numerusform>
            <numerusform>%n páginas enviadas à impressora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the sheet…</source>
        <translation>Preparando a folha…</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/privacy.py" line="+54"/>
        <source>Not yours to do</source>
        <translation>Não cabe a você</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the client&apos;s data</source>
        <translation>Exportar os dados do cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>Arquivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data exported</source>
        <translation>Dados exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s data is in {path}. Hand it to the client only.</source>
        <translation>Os dados do cliente estão em {path}. Entregue-os somente ao cliente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written to {path}: choose another folder.</source>
        <translation>Não foi possível gravar o arquivo em {path}: escolha outra pasta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Already erased</source>
        <translation>Já apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This client&apos;s data was erased already (LGPD).</source>
        <translation>Os dados deste cliente já foram apagados (LGPD).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Client erased (LGPD)</source>
        <translation>Cliente apagado (LGPD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s personal data was erased; what the law keeps stays, without it.</source>
        <translation>Os dados pessoais do cliente foram apagados; o que a lei exige guardar permanece, sem eles.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/clients/privacy_words.py" line="+29"/>
        <source>Only an owner or a manager exports or erases a client&apos;s data (LGPD): ask one of them.</source>
        <translation>Só um(a) dono(a) ou gerente exporta ou apaga os dados de um cliente (LGPD): peça a um deles.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the client&apos;s record (and any record merged into it)</source>
        <translation>o cadastro do cliente (e os cadastros unidos a ele)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bookings</source>
        <translation>agendamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>projetos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sales (tickets) and their lines</source>
        <translation>vendas (comandas) e seus itens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gift vouchers (vale-presente), the money that bought them and what was spent of them</source>
        <translation>vales-presente, o dinheiro que os comprou e o que foi gasto deles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payments</source>
        <translation>pagamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deposits (sinal) and their ledger</source>
        <translation>sinais e seus movimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the audit trail&apos;s events about the client</source>
        <translation>os eventos do histórico sobre o cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what the studio keeps by law after an erase, and until when</source>
        <translation>o que o estúdio guarda por lei após a exclusão, e até quando</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The lines of those sales (service or product, price, commission)</source>
        <translation>Os itens dessas vendas (serviço ou produto, preço, comissão)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and refunds (method, amount, card or PIX reference)</source>
        <translation>Pagamentos e estornos (forma, valor, referência do cartão ou PIX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips on those sales, with each artist&apos;s share</source>
        <translation>Gorjetas dessas vendas, com a parte de cada tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift vouchers: code, value, dates (the buyer&apos;s and recipient&apos;s names erased)</source>
        <translation>Vales-presente: código, valor, datas (os nomes de quem comprou e de quem recebeu são apagados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposits (sinal): amount, dates, what became of each, the policy accepted</source>
        <translation>Sinais: valor, datas, o destino de cada um, a política aceita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deposits&apos; ledger: taken, applied, forfeited, refunded, moved</source>
        <translation>Movimentos dos sinais: recebidos, aplicados, perdidos, estornados, transferidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit trail: who did what and when, with no personal data</source>
        <translation>O histórico: quem fez o quê e quando, sem dados pessoais</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Signed consent and health forms</source>
        <translation>Termos de consentimento e fichas de saúde assinados</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Session records (products and lots used)</source>
        <translation>Registros de sessão (produtos e lotes usados)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sales (tickets) with their number, totals and date, and the fiscal data for the NFS-e (CPF or CNPJ, name and address as on the receipt, service description)</source>
        <translation>Vendas (comandas) com número, totais e data, e os dados fiscais para a NFS-e (CPF ou CNPJ, nome e endereço como constam no recibo, descrição do serviço)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{what}: none of this client&apos;s</source>
        <translation>{what}: nenhum deste cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what}: {rows}, kept until {day}</source>
        <translation>{what}: {rows}, guardados até {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Data held by the studio on a client (LGPD, art. 18)</source>
        <translation>Dados que o estúdio guarda sobre um cliente (LGPD, art. 18)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files in this export (JSON, UTF-8; instants in UTC; amounts in centavos):</source>
        <translation>Arquivos desta exportação (JSON, UTF-8; horários em UTC; valores em centavos):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each signed form as PDF, with its SHA-256</source>
        <translation>Cada ficha assinada em PDF, com seu SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased on {day}. What the law keeps (LGPD, art. 16, I), for {years} years:</source>
        <translation>Apagado em {day}. O que a lei exige guardar (LGPD, art. 16, I), por {years} anos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the law keeps after an erase (LGPD, art. 16, I), for {years} years, if erased on {day}:</source>
        <translation>O que a lei exige guardar após a exclusão (LGPD, art. 16, I), por {years} anos, se apagado em {day}:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>README.txt</source>
        <translation>LEIA-ME.txt</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_line_dialog.py" line="+249"/>
        <source>Add a product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find a product</source>
        <translation>Buscar produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or SKU</source>
        <translation>Nome ou SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products found</source>
        <translation>Produtos encontrados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/settings/product_dialog.py" line="+134"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Out of stock ({n})</source>
        <translation>Esgotado ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out of stock</source>
        <translation>Esgotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} in stock · low</source>
        <translation>{n} em estoque · baixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} in stock</source>
        <translation>{n} em estoque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This desk knows of {n} in stock. The sale still goes through; a count puts the stock right.</source>
        <translation>Pelo que este balcão sabe, há {n} em estoque. A venda é feita mesmo assim; uma contagem de estoque acerta o número.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stock is low ({n} left): tell a manager to order more.</source>
        <translation>Estoque baixo (restam {n}): avise um(a) gerente para pedir mais.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The studio has no products yet (a manager adds them in Studio).</source>
        <translation>O estúdio ainda não tem produtos (um gerente os cadastra em Estúdio).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No product has this name or SKU.</source>
        <translation>Nenhum produto com este nome ou SKU.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a product from the list.</source>
        <translation>Escolha um produto da lista.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/settings/product_dialog.py" line="-29"/>
        <source>New product</source>
        <translation>Novo produto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation>Editar produto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product name</source>
        <translation>Nome do produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Healing balm 50 g</source>
        <translation>ex.: Pomada cicatrizante 50 g</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU (product code)</source>
        <translation>SKU (código do produto)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warn when the stock is at or below</source>
        <translation>Avisar quando o estoque chegar a</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No warning</source>
        <translation>Sem aviso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price *</source>
        <translation>Preço *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stock at</source>
        <translation>Estoque baixo em</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the product</source>
        <translation>Salvar o produto</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{name} already uses this SKU. You can still save: both will be found by it.</source>
        <translation>{name} já usa este SKU. Você pode salvar mesmo assim: os dois serão encontrados por ele.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the product a name.</source>
        <translation>Dê um nome ao produto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a whole number, 0 or more, or leave it empty for no warning.</source>
        <translation>Digite um número inteiro, 0 ou mais, ou deixe em branco para não avisar.</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/products_page.py" line="+89"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock</source>
        <translation>Estoque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low at</source>
        <translation>Baixo em</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inativo)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Another product on sale has this SKU.</source>
        <translation>Outro produto à venda tem este SKU.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No low-stock warning for this product.</source>
        <translation>Sem aviso de estoque baixo para este produto.</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location line="+37"/>
        <source>Add product</source>
        <translation>Novo produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+132"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Receive…</source>
        <translation>Dar entrada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjust…</source>
        <translation>Ajustar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count stock…</source>
        <translation>Contar estoque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements…</source>
        <translation>Movimentações…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show inactive</source>
        <translation>Mostrar inativos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>A ticket&apos;s product lines are picked from this list. Stock is the sum of what was received, sold, adjusted and counted; a sale is never refused for want of stock.</source>
        <translation>Os produtos de uma comanda são escolhidos desta lista. O estoque é a soma do que entrou, foi vendido, ajustado e contado; uma venda nunca é recusada por falta de estoque.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stock:</source>
        <translation>Estoque:</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n running low or out of stock</source>
        <translation>
            <numerusform>⚠ %n produto com estoque baixo ou esgotado</numerusform>
            <numerusform>⚠ %n produtos com estoque baixo ou esgotados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+8"/>
        <source>Step up to the desk with your PIN to keep the list of products.</source>
        <translation>Identifique-se no balcão com seu PIN para cuidar da lista de produtos.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Only owners and managers keep the list of products. You can see it.</source>
        <translation>Só donos(as) e gerentes cuidam da lista de produtos. Você pode consultá-la.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only owners and managers correct the stock.</source>
        <translation>Só donos(as) e gerentes corrigem o estoque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Choose a product in the list first.</source>
        <translation>Escolha antes um produto na lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/form_question_dialog.py" line="+22"/>
        <source>New question</source>
        <translation>Nova pergunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit question</source>
        <translation>Editar pergunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Kind of answer</source>
        <translation>Tipo de resposta</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>An answer is required</source>
        <translation>A resposta é obrigatória</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choices, one a line</source>
        <translation>Opções, uma por linha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One choice a line</source>
        <translation>Uma opção por linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Details asked on Yes</source>
        <translation>Detalhes pedidos no Sim</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>e.g. Which ones? (leave empty to ask none)</source>
        <translation>ex.: Quais? (deixe vazio para não pedir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A Yes raises an alert</source>
        <translation>Um Sim gera um alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A No raises an alert</source>
        <translation>Um Não gera um alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any answer</source>
        <translation>Qualquer resposta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any answer raises an alert</source>
        <translation>Qualquer resposta gera um alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choices that raise an alert</source>
        <translation>Opções que geram um alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>The alert&apos;s words</source>
        <translation>Texto do alerta</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>e.g. Anticoagulants (the question&apos;s words when empty)</source>
        <translation>ex.: Anticoagulantes (o texto da pergunta, se vazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>The alert goes to</source>
        <translation>O alerta vai para</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choices</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Raises a health alert on</source>
        <translation>Gera alerta de saúde em</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep this question</source>
        <translation>Manter esta pergunta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Type the question.</source>
        <translation>Digite a pergunta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {count} characters.</source>
        <translation>No máximo {count} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A choice question needs at least two choices.</source>
        <translation>Uma pergunta de escolha precisa de pelo menos duas opções.</translation>
    </message>
</context>
<context>
    <name>QuestionsForm</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/form_questions.py" line="+102"/>
        <location line="+1"/>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: {question}</source>
        <translation>Sim: {question}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: {question}</source>
        <translation>Não: {question}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose…</source>
        <translation>Escolha…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. {date}</source>
        <translation>ex.: {date}</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Type the date as {example}.</source>
        <translation>Digite a data como {example}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please answer this question.</source>
        <translation>Responda a esta pergunta, por favor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health alert: {words}</source>
        <translation>Alerta de saúde: {words}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Health questionnaire</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This questionnaire has no questions yet.</source>
        <translation>Esta anamnese ainda não tem perguntas.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/receipt_render.py" line="+185"/>
        <source>80 mm roll</source>
        <translation>Bobina 80 mm</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The page could not be opened for painting.</source>
        <translation>Não foi possível abrir a página para desenhar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} · page {n} of {total}</source>
        <translation>{number} · página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/receipt_rows.py" line="+111"/>
        <source>VOID</source>
        <translation>CANCELADA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale cancelled</source>
        <translation>Venda cancelada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled on {date} at {time}</source>
        <translation>Cancelada em {date} às {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+142"/>
        <source>Receipt no. {number}</source>
        <translation>Recibo nº {number}</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>{date} at {time} ({zone})</source>
        <translation>{date} às {time} ({zone})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Served by {name}</source>
        <translation>Atendido por {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Client: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service: {text}</source>
        <translation>Serviço: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{quantity} × {price}</source>
        <translation>{quantity} × {price}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket discount</source>
        <translation>Desconto na comanda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit paid on {date}</source>
        <translation>Sinal pago em {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposits applied</source>
        <translation>Sinais aplicados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tip · {artist}</source>
        <translation>Gorjeta · {artist}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total paid</source>
        <translation>Total pago</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{n}x</source>
        <translation>{n}x</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSU {code}</source>
        <translation>NSU {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tip included: {amount}</source>
        <translation>Gorjeta incluída: {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end id {id}</source>
        <translation>ID fim a fim {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Troco</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refunds</source>
        <translation>Estornos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{method} refunded on {date}</source>
        <translation>{method} estornado em {date}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refunded</source>
        <translation>Estornado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a fiscal document</source>
        <translation>Recibo sem valor fiscal</translation>
    </message>
</context>
<context>
    <name>ReceiptDetails</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_details.py" line="-102"/>
        <location line="+1"/>
        <source>Receipt details</source>
        <translation>Dados do recibo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CPF or CNPJ for the receipt</source>
        <translation>CPF ou CNPJ do recibo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name on the receipt</source>
        <translation>Nome no recibo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address on the receipt</source>
        <translation>Endereço no recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service description</source>
        <translation>Descrição do serviço</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPF or CNPJ</source>
        <translation>CPF ou CNPJ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A CPF has 11 digits and a CNPJ 14.</source>
        <translation>O CPF tem 11 dígitos e o CNPJ, 14.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This CPF or CNPJ is not valid: check its digits.</source>
        <translation>Este CPF ou CNPJ não é válido: confira os dígitos.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>None: add a CPF or CNPJ for an invoice later.</source>
        <translation>Nenhum: informe CPF ou CNPJ para uma nota fiscal depois.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/receipt_dialog.py" line="+85"/>
        <location line="+153"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Paper to print the receipt on</source>
        <translation>Papel para imprimir o recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet</source>
        <translation>Folha A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm roll</source>
        <translation>Bobina 80 mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Receipt preview</source>
        <translation>Prévia do recibo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the sale…</source>
        <translation>Lendo a venda…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print receipt…</source>
        <translation>Imprimir recibo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the receipt</source>
        <translation>Imprimir o recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+69"/>
        <source>Save the receipt as PDF</source>
        <translation>Salvar o recibo em PDF</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+87"/>
        <source>This sale is not on this desk.</source>
        <translation>Esta venda não está neste balcão.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Receipt {number}</source>
        <translation>Recibo {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number}: this sale was cancelled, and the receipt says so.</source>
        <translation>Recibo {number}: esta venda foi cancelada, e o recibo indica isso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt {number}.</source>
        <translation>Recibo {number}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>receipt-{number}.pdf</source>
        <translation>recibo-{number}.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be saved to {path}.</source>
        <translation>Não foi possível salvar o PDF em {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n página salva em {path}.</numerusform>
            <numerusform>%n páginas salvas em {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The receipt could not be printed: the printer did not start.</source>
        <translation>Não foi possível imprimir o recibo: a impressora não iniciou.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada à impressora.</numerusform>
            <numerusform>%n páginas enviadas à impressora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the receipt…</source>
        <translation>Preparando o recibo…</translation>
    </message>
</context>
<context>
    <name>RecordDeposits</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/record_deposits.py" line="-245"/>
        <source>Taken</source>
        <translation>Recebido em</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Booking {day} {time}</source>
        <translation>Agendamento {day} {time}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sale {number}</source>
        <translation>venda {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held for the client</source>
        <translation>Em aberto para o cliente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>NSU {code}</source>
        <translation>NSU {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PIX id {id}</source>
        <translation>ID PIX {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n}x</source>
        <translation>{n}x</translation>
    </message>
</context>
<context>
    <name>RecordHeader</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/record_header.py" line="+106"/>
        <location line="+85"/>
        <source>Health alert</source>
        <translation>Alerta de saúde</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Open the kept record</source>
        <translation>Abrir o cadastro mantido</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name} (called {called})</source>
        <translation>{name} (chamado(a) de {called})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n year(s) · born {date}</source>
        <translation>
            <numerusform>%n ano · nasceu em {date}</numerusform>
            <numerusform>%n anos · nasceu em {date}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No contact written down</source>
        <translation>Nenhum contato anotado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minor</source>
        <translation>Menor de idade</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n no-show(s)</source>
        <translation>
            <numerusform>%n falta</numerusform>
            <numerusform>%n faltas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medication</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Possible duplicate of a client with a health alert</source>
        <translation>Possível duplicata de um cliente com alerta de saúde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another client with the same phone, e-mail or document has a health alert. Read it before the session, and merge the two records if they are the same person (More → Merge…).</source>
        <translation>Outro cliente com o mesmo telefone, e-mail ou documento tem alerta de saúde. Leia antes da sessão e una os cadastros se forem a mesma pessoa (Mais → Unir…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reason written down.</source>
        <translation>Nenhum motivo anotado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged into another record</source>
        <translation>Unido a outro cadastro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was merged: the client&apos;s details are kept in the other one.</source>
        <translation>Este cadastro foi unido: os dados do cliente estão no outro.</translation>
    </message>
</context>
<context>
    <name>RecordTabs</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/record_tabs.py" line="+49"/>
        <source>Open</source>
        <comment>project</comment>
        <translation>Aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <comment>project</comment>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>project</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+83"/>
        <location line="+38"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+42"/>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+45"/>
        <location line="+37"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last session</source>
        <translation>Última sessão</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+38"/>
        <source>Ticket</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Made with a record merged into this one</source>
        <translation>Feita com um cadastro unido a este</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tip</source>
        <translation>Gorjeta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Client record</source>
        <translation>Cadastro do cliente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Guardian</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found us through</source>
        <translation>Conheceu por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consents</source>
        <translation>Consentimentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Appointments</source>
        <translation>Agendamentos</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+6"/>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sales &amp; payments</source>
        <translation>Vendas e pagamentos</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A minor: no guardian written down yet. Edit the record to add one.</source>
        <translation>Menor de idade: nenhum responsável anotado. Edite o cadastro para incluir.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Appointments (%n)</source>
        <translation>
            <numerusform>Agendamentos (%n)</numerusform>
            <numerusform>Agendamentos (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projetos (%n)</numerusform>
            <numerusform>Projetos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Document: {number}</source>
        <translation>Documento: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: {phone}</source>
        <translation>Telefone: {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Data processing (LGPD)</source>
        <translation>Tratamento de dados (LGPD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News and offers</source>
        <translation>Novidades e promoções</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health data (LGPD art. 11)</source>
        <translation>Dados de saúde (LGPD art. 11)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/refund_dialog.py" line="+16"/>
        <source>{n}x</source>
        <translation>{n}x</translation>
    </message>
    <message>
        <location line="+142"/>
        <location line="+1"/>
        <source>Refund a payment</source>
        <translation>Estornar um pagamento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment to refund</source>
        <translation>Pagamento a estornar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amount to refund</source>
        <translation>Valor a estornar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the client gave up the product, charged twice</source>
        <translation>ex.: o cliente desistiu do produto, cobrado duas vezes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund the amount</source>
        <translation>Estornar o valor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Refund</source>
        <translation>&amp;Estornar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount *</source>
        <translation>Valor *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This sale is not on this desk.</source>
        <translation>Esta venda não está neste balcão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} · {total}</source>
        <translation>{number} · {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every payment of this sale was given back already: nothing is left to refund.</source>
        <translation>Todos os pagamentos desta venda já foram devolvidos: não resta nada a estornar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>It took {paid}; {left} can still be refunded.</source>
        <translation>Recebeu {paid}; ainda é possível estornar {left}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It took {paid}, {refunded} refunded already; {left} can still be refunded.</source>
        <translation>Recebeu {paid}, {refunded} já estornado; ainda é possível estornar {left}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most {amount} of this payment can be refunded.</source>
        <translation>No máximo {amount} deste pagamento pode ser estornado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the amount to give back.</source>
        <translation>Digite o valor a devolver.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <location filename="../../kronos_desktop/ui/common/refusals.py" line="+29"/>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointment</source>
        <translation>agendamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artist</source>
        <translation>artista</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>staff member</source>
        <translation>membro da equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station</source>
        <translation>estação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>studio</source>
        <translation>estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sale</source>
        <translation>venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sale item</source>
        <translation>item da venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commission rule</source>
        <translation>regra de comissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>project</source>
        <translation>projeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>time off</source>
        <translation>folga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version of the health questionnaire</source>
        <translation>versão da anamnese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed form</source>
        <translation>ficha assinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session record</source>
        <translation>registro de sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ink or material</source>
        <translation>tinta ou material</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random</source>
        <translation>aleatória</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open</source>
        <comment>project</comment>
        <translation>aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <comment>project</comment>
        <translation>concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <comment>project</comment>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s phone</source>
        <translation>Telefone do responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guardian&apos;s document</source>
        <translation>Documento do responsável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the block</source>
        <translation>Motivo do bloqueio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This {thing} is not in the studio any more: another desk may have removed it.</source>
        <translation>Não está mais no estúdio ({thing}): outro balcão pode ter removido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This {thing} was already saved.</source>
        <translation>Já estava salvo ({thing}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some details are not valid: {problems}</source>
        <translation>Alguns dados não são válidos: {problems}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of KRONOS does not know this change. Update KRONOS on this computer.</source>
        <translation>Esta versão do KRONOS não conhece esta alteração. Atualize o KRONOS neste computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role “{role}” at this desk does not allow this.</source>
        <translation>A função “{role}” deste balcão não permite isto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desk is not allowed to do this.</source>
        <translation>Este balcão não tem permissão para fazer isto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was changed meanwhile and can no longer be done.</source>
        <translation>Isto foi alterado nesse meio-tempo e não pode mais ser feito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk belongs to another studio.</source>
        <translation>Este balcão pertence a outro estúdio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role “{role}” cannot give the role “{given}”.</source>
        <translation>A função “{role}” não pode dar a função “{given}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an owner can change an owner.</source>
        <translation>Só um(a) proprietário(a) pode alterar um(a) proprietário(a).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is the studio&apos;s last active owner: make someone else an owner first.</source>
        <translation>{name} é o(a) último(a) proprietário(a) ativo(a) do estúdio: torne outra pessoa proprietária antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an owner or a manager sets another person&apos;s PIN.</source>
        <translation>Só um(a) proprietário(a) ou gerente define o PIN de outra pessoa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an owner sets an owner&apos;s PIN.</source>
        <translation>Só um(a) proprietário(a) define o PIN de um(a) proprietário(a).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manager sets the PINs of receptionists and artists, not a {role}&apos;s.</source>
        <translation>Um(a) gerente define o PIN de recepcionistas e artistas, não de {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The current PIN typed is not right.</source>
        <translation>O PIN atual digitado não está certo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN was protected too weakly to be kept: set it again on this desk.</source>
        <translation>Este PIN foi protegido de forma fraca demais para ser guardado: defina-o de novo neste balcão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PIN was protected in a way too slow for a desk to check: set it again on this desk.</source>
        <translation>Este PIN foi protegido de um jeito lento demais para um balcão conferir: defina-o de novo neste balcão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This PIX key is not a valid {kind} key.</source>
        <translation>Esta chave PIX não é uma chave {kind} válida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose what kind of PIX key this is.</source>
        <translation>Escolha o tipo desta chave PIX.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest artist needs both a first and a last day.</source>
        <translation>Um(a) tatuador(a) convidado(a) precisa de um primeiro e de um último dia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest artist&apos;s last day is before their first.</source>
        <translation>O último dia do(a) convidado(a) é antes do primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An artist books only on their own calendar.</source>
        <translation>Um(a) artista só agenda na própria agenda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} no longer works at the studio.</source>
        <translation>{name} não trabalha mais no estúdio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is blocked from booking.</source>
        <translation>{name} está impedido(a) de agendar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>This CPF is not valid: check its 11 digits.</source>
        <translation>Este CPF não é válido: confira os 11 dígitos.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Type the phone number.</source>
        <translation>Digite o número de telefone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A phone number has digits: area code and number, like (11) 98765-4321.</source>
        <translation>Um telefone tem dígitos: DDD e número, como (11) 98765-4321.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No country has this code: check the digits after the +.</source>
        <translation>Nenhum país tem este código: confira os dígitos depois do +.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too few digits: area code and number, like (11) 98765-4321.</source>
        <translation>Poucos dígitos: DDD e número, como (11) 98765-4321.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many digits for a phone number.</source>
        <translation>Dígitos demais para um telefone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such number: area code and number, like (11) 98765-4321 (abroad: +country).</source>
        <translation>Este número não existe: DDD e número, como (11) 98765-4321 (do exterior: +país).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the CPF&apos;s 11 digits.</source>
        <translation>Digite os 11 dígitos do CPF.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CPF has 11 digits; this one has {digits}.</source>
        <translation>Um CPF tem 11 dígitos; este tem {digits}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the e-mail address.</source>
        <translation>Digite o endereço de e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Isto não parece um endereço de e-mail (nome@exemplo.com).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most {max} characters.</source>
        <translation>No máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date does not exist.</source>
        <translation>Esta data não existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date cannot be in the future.</source>
        <translation>A data de nascimento não pode estar no futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the year of birth: {year} is more than {max_age} years ago.</source>
        <translation>Confira o ano de nascimento: {year} foi há mais de {max_age} anos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the Instagram handle.</source>
        <translation>Digite o usuário do Instagram.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An Instagram handle has only letters, digits, “.” and “_”.</source>
        <translation>Um usuário do Instagram tem só letras, dígitos, “.” e “_”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Instagram handle has at most {max} characters.</source>
        <translation>Um usuário do Instagram tem no máximo {max} caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A reason for a block is only for a blocked client.</source>
        <translation>Um motivo de bloqueio é só para cliente bloqueado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client cannot be merged into themselves.</source>
        <translation>Um cadastro não pode ser unido a ele mesmo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two records were already merged the other way: open the record kept.</source>
        <translation>Estes dois cadastros já foram unidos no sentido contrário: abra o cadastro mantido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was already merged into {name}&apos;s.</source>
        <translation>Este cadastro já foi unido ao de {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This client&apos;s data was erased at their request: nothing of theirs can be changed.</source>
        <translation>Os dados deste(a) cliente foram apagados a pedido dele(a): nada dele(a) pode ser alterado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} will be {age} on that day: below {min_age}, only a consultation can be booked.</source>
        <translation>{name} terá {age} anos nesse dia: abaixo de {min_age} anos, só é possível agendar uma consulta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An appointment marked “{status}” cannot be rescheduled.</source>
        <translation>Um agendamento com situação “{status}” não pode ser remarcado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An appointment marked “{status}” cannot be cancelled.</source>
        <translation>Um agendamento com situação “{status}” não pode ser cancelado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time off stays time off: only its reason can be changed. Remove it and book instead.</source>
        <translation>Uma folga continua sendo folga: só o motivo pode ser alterado. Remova-a e faça um agendamento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time off belongs to no project.</source>
        <translation>Uma folga não pertence a nenhum projeto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project “{title}” is another client&apos;s: choose one of this client&apos;s projects.</source>
        <translation>O projeto “{title}” é de outro(a) cliente: escolha um projeto deste(a) cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project “{title}” is {status}: only an open project takes new sessions.</source>
        <translation>O projeto “{title}” está {status}: só um projeto aberto recebe novas sessões.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time off&apos;s last day ({last_day}) is before its first ({first_day}).</source>
        <translation>O último dia da folga ({last_day}) é anterior ao primeiro ({first_day}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time off lasts at most {days} days after its first day: save a longer one in parts.</source>
        <translation>Uma folga dura no máximo {days} dias após o primeiro dia: salve uma mais longa em partes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one weekday for the weekly time off.</source>
        <translation>Escolha ao menos um dia da semana para a folga semanal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time off ends at {end}, which is not after it starts ({start}).</source>
        <translation>A folga termina às {end}, o que não é depois do início ({start}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A day&apos;s time off lasts at most {hours} hours.</source>
        <translation>A folga de um dia dura no máximo {hours} horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No day is left in this time off: every day of it was taken out.</source>
        <translation>Não sobrou nenhum dia nesta folga: todos os dias foram retirados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is not a day of this time off.</source>
        <translation>{day} não é um dia desta folga.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The questionnaire needs at least one question.</source>
        <translation>A anamnese precisa de pelo menos uma pergunta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two questions share the identifier “{question}”: each question needs its own.</source>
        <translation>Duas perguntas têm o mesmo identificador “{question}”: cada pergunta precisa do seu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A question has no identifier.</source>
        <translation>Uma pergunta está sem identificador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question has no text: write what it asks.</source>
        <translation>Uma pergunta está sem texto: escreva o que ela pergunta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A choice question (“{question}”) needs at least one choice.</source>
        <translation>Uma pergunta de escolha (“{question}”) precisa de pelo menos uma opção.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The question “{question}” raises a health alert on an answer it does not offer.</source>
        <translation>A pergunta “{question}” gera um alerta de saúde para uma resposta que ela não oferece.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The consent text cannot be empty.</source>
        <translation>O texto do termo de consentimento não pode ficar vazio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The questionnaire needs a title.</source>
        <translation>A anamnese precisa de um título.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The questionnaire&apos;s language is not one the app knows.</source>
        <translation>O idioma da anamnese não é um que o aplicativo conheça.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The questionnaire cannot be published as it is.</source>
        <translation>A anamnese não pode ser publicada como está.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The lot&apos;s expiry date is before its manufacture date.</source>
        <translation>A data de validade do lote é anterior à de fabricação.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ink or material needs a name.</source>
        <translation>A tinta ou o material precisa de um nome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This version of the health questionnaire is not on this desk yet: sync and try again.</source>
        <translation>Esta versão da anamnese ainda não está neste computador: sincronize e tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the required questions: {questions}.</source>
        <translation>Responda às perguntas obrigatórias: {questions}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An answer does not fit its question: check it.</source>
        <translation>Uma resposta não corresponde à pergunta: confira.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client has not signed: the signature is empty.</source>
        <translation>O(A) cliente não assinou: a assinatura está vazia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature could not be read: clear it and sign again.</source>
        <translation>Não foi possível ler a assinatura: apague e assine de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client is a minor: add their guardian to the client&apos;s record before signing.</source>
        <translation>O(A) cliente é menor de idade: inclua o responsável no cadastro antes de assinar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client is a minor: their guardian must sign too.</source>
        <translation>O(A) cliente é menor de idade: o responsável também precisa assinar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client is a minor: check the ID (kind and number) of both the client and the guardian.</source>
        <translation>O(A) cliente é menor de idade: confira o documento (tipo e número) do(a) cliente e do responsável.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A form can only amend a form of the same client.</source>
        <translation>Uma ficha só pode retificar uma ficha do(a) mesmo(a) cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/common/refusals_checkout.py" line="+42"/>
        <source>This booking is another client&apos;s: choose one of this client&apos;s bookings.</source>
        <translation>Este agendamento é de outro(a) cliente: escolha um agendamento deste(a) cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} (lot {lot}) expired on {expires_on}: it cannot be recorded as used in this session.</source>
        <translation>{name} (lote {lot}) venceu em {expires_on}: não pode ser registrado como usado nesta sessão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ink {name} has no ANVISA registration number: only registered inks can be recorded.</source>
        <translation>A tinta {name} não tem número de registro na ANVISA: só tintas registradas podem ser registradas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where on the body the session was done.</source>
        <translation>Informe em que local do corpo a sessão foi feita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client has not signed the consent form for this session: sign it before the needle.</source>
        <translation>O(A) cliente não assinou o termo de consentimento desta sessão: assine antes de começar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client has not signed the consent form for this session yet.</source>
        <translation>O(A) cliente ainda não assinou o termo de consentimento desta sessão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A correction can only correct a record of the same session.</source>
        <translation>Uma correção só pode corrigir um registro da mesma sessão.</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>A sale marked “{from_status}” cannot become “{to_status}”.</source>
        <translation>Uma venda com situação “{from_status}” não pode passar a “{to_status}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An appointment marked “{from_status}” cannot become “{to_status}”.</source>
        <translation>Um agendamento com situação “{from_status}” não pode passar a “{to_status}”.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>That appointment is not part of this conflict.</source>
        <translation>Esse agendamento não faz parte deste conflito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This refused change cannot be redone: dismiss it and make the change again.</source>
        <translation>Esta alteração recusada não pode ser refeita: dispense-a e faça a alteração de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping this desk&apos;s values applies only to a client&apos;s details.</source>
        <translation>Manter os valores deste balcão vale só para os dados de um(a) cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflict cannot be resolved that way.</source>
        <translation>Este conflito não pode ser resolvido dessa forma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {thing} is kept as it was recorded: it cannot be changed or deleted. Record a new one instead.</source>
        <translation>Um registro de {thing} fica como foi feito: não pode ser alterado nem apagado. Registre um novo.</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>history entry</source>
        <translation>histórico</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/common/refusals_checkout.py" line="-14"/>
        <source>held</source>
        <comment>deposit</comment>
        <translation>mantido em aberto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied to a sale</source>
        <comment>deposit</comment>
        <translation>aplicado a uma venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forfeited</source>
        <comment>deposit</comment>
        <translation>perdido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refunded</source>
        <comment>deposit</comment>
        <translation>estornado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved to another booking or project</source>
        <comment>deposit</comment>
        <translation>transferido para outro agendamento ou projeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This project is another client&apos;s: choose one of this client&apos;s projects.</source>
        <translation>Este projeto é de outro cliente: escolha um projeto deste cliente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This deposit is another client&apos;s: it cannot be used for this client.</source>
        <translation>Este sinal é de outro cliente: não pode ser usado para este cliente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This deposit has not expired: it holds a session still to come, on {day}.</source>
        <translation>Este sinal não venceu: ele garante uma sessão ainda por vir, em {day}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This deposit does not expire.</source>
        <translation>Este sinal não vence.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This deposit is not in the studio: another desk may not have sent it yet.</source>
        <translation>Este sinal não está no estúdio: outro balcão talvez ainda não o tenha enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This deposit is no longer held: it was {status} meanwhile.</source>
        <translation>Este sinal não está mais em aberto: foi {status} nesse meio-tempo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deposits applied are more than the ticket&apos;s total: apply fewer deposits.</source>
        <translation>Os sinais aplicados passam do total da comanda: aplique menos sinais.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This deposit has not expired: it is valid until {day}.</source>
        <translation>Este sinal não venceu: vale até {day}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The studio&apos;s policy keeps the deposit when a client does not show up.</source>
        <translation>A política do estúdio mantém o sinal quando o cliente falta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client is not a no-show yet: the policy counts one after {minutes} minutes late.</source>
        <translation>Ainda não é falta: a política conta falta após {minutes} minutos de atraso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The booking was not cancelled late: the policy keeps the deposit only within {hours} hours.</source>
        <translation>O agendamento não foi cancelado em cima da hora: a política só retém o sinal a menos de {hours} horas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the project or the booking the deposit moves to.</source>
        <translation>Escolha o projeto ou o agendamento para onde o sinal vai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ticket&apos;s discount is larger than the ticket: give a smaller discount.</source>
        <translation>O desconto da comanda é maior que a comanda: dê um desconto menor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ticket cannot close yet: what was paid must match what is due, with every payment complete.</source>
        <translation>A comanda ainda não pode ser fechada: o valor pago precisa bater com o devido, com todos os pagamentos completos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit&apos;s payment does not match it: the money taken must be the deposit&apos;s amount, without a tip.</source>
        <translation>O pagamento não confere com o sinal: o valor recebido precisa ser o do sinal, sem gorjeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This booking already has an open ticket: open it from Open tickets in the Caixa.</source>
        <translation>Este agendamento já tem uma comanda aberta: abra-a em Comandas abertas, no Caixa.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/common/refusals_drawer.py" line="+30"/>
        <source>This cash drawer is not in the studio: another desk may not have sent it yet.</source>
        <translation>Este caixa não está no estúdio: outro balcão talvez ainda não o tenha enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This drawer&apos;s day is open already (maybe on another desk): use the open day.</source>
        <translation>O caixa deste dia já está aberto (talvez em outro balcão): use o dia aberto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This drawer&apos;s day is not on this desk: open the day first, or wait for the sync.</source>
        <translation>O caixa deste dia não está neste balcão: abra o dia antes, ou espere a sincronização.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This drawer&apos;s day is closed: a manager must reopen it before anything else is recorded.</source>
        <translation>O caixa deste dia está fechado: um(a) gerente precisa reabri-lo antes de registrar qualquer outra coisa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This studio has no cash drawer yet: an owner or a manager opens its first day.</source>
        <translation>Este estúdio ainda não tem caixa: um(a) dono(a) ou gerente abre o primeiro dia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is more than the drawer holds: an owner or a manager must confirm this cash out.</source>
        <translation>É mais do que há no caixa: um(a) dono(a) ou gerente precisa confirmar esta sangria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This drawer&apos;s day is open: only a closed day can be reopened.</source>
        <translation>O caixa deste dia está aberto: só um caixa fechado pode ser reaberto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count does not match what was expected: write a note saying why before closing.</source>
        <translation>A contagem não confere com o esperado: escreva uma observação explicando o motivo antes de fechar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A count cannot have a negative quantity: type how many notes or coins there are (0 or more).</source>
        <translation>Uma contagem não pode ter quantidade negativa: digite quantas cédulas ou moedas há (0 ou mais).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The count has a note or coin that is not Brazilian money: count only real notes and coins.</source>
        <translation>A contagem tem uma cédula ou moeda que não existe no real brasileiro: conte só cédulas e moedas de verdade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The count&apos;s total does not match its notes and coins: count the drawer again.</source>
        <translation>O total da contagem não confere com as notas e moedas: conte o caixa de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This voucher code is used already: the desk draws another, try again.</source>
        <translation>Este código de vale-presente já está em uso: o balcão sorteia outro, tente de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No gift voucher has this code: check the code on the card (letters and digits).</source>
        <translation>Nenhum vale-presente tem este código: confira o código no cartão (letras e números).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This gift voucher is spent: nothing is left on it.</source>
        <translation>Este vale-presente já foi todo usado: não tem mais saldo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is more than what is left on the gift voucher: use at most its balance.</source>
        <translation>O valor é maior que o saldo do vale-presente: use no máximo o saldo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This gift voucher has expired: it can no longer be used.</source>
        <translation>Este vale-presente venceu: não pode mais ser usado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an amount above zero to use from the voucher.</source>
        <translation>Digite um valor acima de zero para usar do vale-presente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gift voucher {code} was used beyond its value on two desks: its balance is {balance}.</source>
        <translation>O vale-presente {code} foi usado além do valor em dois balcões: o saldo é {balance}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment used a gift voucher this studio does not have: check it with the client.</source>
        <translation>Um pagamento usou um vale-presente que este estúdio não tem: confira com o(a) cliente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This product is not in the studio: another desk may not have sent it yet.</source>
        <translation>Este produto não está no estúdio: outro balcão talvez ainda não o tenha enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the stock changes: the reason is required.</source>
        <translation>Diga por que o estoque muda: o motivo é obrigatório.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/close_result.py" line="+12"/>
        <location line="+1"/>
        <location line="+12"/>
        <source>Reopen the day</source>
        <translation>Reabrir o caixa</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The day&apos;s close stays in its history; the day takes movements again and is closed with a new count.</source>
        <translation>O fechamento continua no histórico do dia; o caixa volta a aceitar movimentações e é fechado com uma nova contagem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. a sale was left out of the count</source>
        <translation>ex.: uma venda ficou fora da contagem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Say why: the history keeps it.</source>
        <translation>Diga o motivo: ele fica no histórico.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/reset_pin_dialog.py" line="+21"/>
        <source>Reset {name}&apos;s PIN</source>
        <translation>Redefinir o PIN de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a new PIN of 4 to 6 digits for {name} and tell it to them: their old PIN stops working.</source>
        <translation>Digite um novo PIN de 4 a 6 dígitos para {name} e informe a essa pessoa: o PIN antigo deixa de valer.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/restore_flow.py" line="+52"/>
        <source>Checking the copy…</source>
        <translation>Verificando a cópia…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This copy cannot be restored: {reason}</source>
        <translation>Esta cópia não pode ser restaurada: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy could not be prepared ({detail}): nothing was replaced.</source>
        <translation>Não foi possível preparar a cópia ({detail}): nada foi substituído.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Preparing the copy…</source>
        <translation>Preparando a cópia…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>KRONOS restarts to put the copy in place…</source>
        <translation>O KRONOS vai reiniciar para colocar a cópia no lugar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a copy</source>
        <translation>Restaurar uma cópia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the copy of {when}?</source>
        <translation>Restaurar a cópia de {when}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was recorded on this desk after {when} will be replaced by the copy.</source>
        <translation>O que foi registrado neste balcão depois de {when} será substituído pela cópia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What already reached the server comes back with the next sync.</source>
        <translation>O que já chegou ao servidor volta na próxima sincronização.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current data is kept aside in {folder}.</source>
        <translation>Os dados atuais ficam guardados em {folder}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KRONOS restarts to put the copy in place.</source>
        <translation>O KRONOS reinicia para colocar a cópia no lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore and restart</source>
        <translation>Restaurar e reiniciar</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/restore_page.py" line="+44"/>
        <source>Plug in the USB stick, or open the folder where KRONOS kept its copies (a cloud folder), and choose the newest copy: its name has its date, like kronos-20261204T233000Z.db. The studio comes back as it was then, with its staff and their PINs.</source>
        <translation>Conecte o pendrive, ou abra a pasta onde o KRONOS guardava as cópias (uma pasta na nuvem), e escolha a cópia mais recente: o nome dela tem a data, como kronos-20261204T233000Z.db. O estúdio volta como estava naquele momento, com a equipe e os PINs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy to restore</source>
        <translation>A cópia a restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No copy chosen yet</source>
        <translation>Nenhuma cópia escolhida ainda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the copy…</source>
        <translation>Escolher a cópia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Choose the copy to restore</source>
        <translation>Escolha a cópia a restaurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KRONOS copies (*.db *.sqlite);;All files (*)</source>
        <translation>Cópias do KRONOS (*.db *.sqlite);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A copy made on {when}.</source>
        <translation>Uma cópia feita em {when}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>Restore from a backup copy</source>
        <translation>Restaurar de uma cópia de backup</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Restore the studio from the copy of {when}?</source>
        <translation>Restaurar o estúdio da cópia de {when}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KRONOS restarts and opens the studio as it was then. What was recorded after {when} is not in the copy: if the studio uses a server, it comes back with the next sync.</source>
        <translation>O KRONOS reinicia e abre o estúdio como estava naquele momento. O que foi registrado depois de {when} não está na cópia: se o estúdio usa um servidor, volta na próxima sincronização.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore and restart</source>
        <translation>Restaurar e reiniciar</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the copy to restore.</source>
        <translation>Escolha a cópia a restaurar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>KRONOS restarts to open the restored studio…</source>
        <translation>O KRONOS vai reiniciar para abrir o estúdio restaurado…</translation>
    </message>
</context>
<context>
    <name>SaleActions</name>
    <message>
        <location filename="../../kronos_desktop/ui/action_specs.py" line="+24"/>
        <source>&amp;Receipt…</source>
        <translation>&amp;Recibo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen sale&apos;s receipt, to print again or save as PDF</source>
        <translation>O recibo da venda escolhida, para imprimir de novo ou salvar em PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fund payment…</source>
        <translation>&amp;Estornar pagamento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give back all or part of one payment of the chosen sale</source>
        <translation>Devolver todo ou parte de um pagamento da venda escolhida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Void sale…</source>
        <translation>&amp;Cancelar venda…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the chosen sale and refund its payments</source>
        <translation>Cancelar a venda escolhida e estornar seus pagamentos</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/sale_actions.py" line="+90"/>
        <source>Choose a sale in the list first.</source>
        <translation>Escolha antes uma venda na lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This sale was cancelled already: its payments were refunded.</source>
        <translation>Esta venda já foi cancelada: seus pagamentos foram estornados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a closed sale can be refunded or voided.</source>
        <translation>Só uma venda fechada pode ser estornada ou cancelada.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/refund_dialog.py" line="-205"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Say why: the owner reads it later.</source>
        <translation>Diga o motivo: o(a) dono(a) lê depois.</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_sales.py" line="+47"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no client)</source>
        <translation>(sem cliente)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rung up by {name}</source>
        <translation>Registrada por {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>all refunded</source>
        <translation>tudo estornado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deposit {amount}</source>
        <translation>sinal {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} refunded</source>
        <translation>{amount} estornado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} still to receive</source>
        <translation>Faltam receber {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: every payment was given back.</source>
        <translation>Cancelada: todos os pagamentos foram devolvidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid in full; {amount} given back later.</source>
        <translation>Paga integralmente; {amount} devolvido depois.</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+11"/>
        <source>Not paid</source>
        <translation>Não pago</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../kronos_desktop/self_check.py" line="+404"/>
        <source>KRONOS self-check</source>
        <translation>Autoverificação do KRONOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is wrong with this installation: {checks}.</source>
        <translation>Algo está errado nesta instalação: {checks}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation of KRONOS works.</source>
        <translation>Esta instalação do KRONOS funciona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The details are below and in the log file.</source>
        <translation>Os detalhes estão abaixo e no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>ServiceLineDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_line_dialog.py" line="-263"/>
        <source>Product line</source>
        <translation>Linha de produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit service line</source>
        <translation>Editar linha de serviço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a service line</source>
        <translation>Adicionar serviço</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Session · fine line, forearm</source>
        <translation>ex.: Sessão · fine line, antebraço</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No artist (the studio&apos;s)</source>
        <translation>Sem tatuador(a) (do estúdio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Description *</source>
        <translation>Descrição *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price *</source>
        <translation>Preço unitário *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Save line</source>
        <translation>Salvar linha</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add line</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Say what the line is.</source>
        <translation>Diga o que é esta linha.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/session_flow.py" line="+88"/>
        <source>No signed consent form</source>
        <translation>Sem termo de consentimento assinado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signed consent form for this session. Start anyway?</source>
        <translation>Não há termo de consentimento assinado para esta sessão. Iniciar mesmo assim?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No signed consent form for this session. Check in anyway?</source>
        <translation>Não há termo de consentimento assinado para esta sessão. Registrar a chegada mesmo assim?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client can fill in and sign the form at the desk before the session.</source>
        <translation>O(A) cliente pode preencher e assinar a ficha no balcão antes da sessão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start anyway</source>
        <translation>Iniciar mesmo assim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check in anyway</source>
        <translation>Registrar chegada mesmo assim</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
</context>
<context>
    <name>SessionRecord</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/session_record_parts.py" line="+67"/>
        <location line="+187"/>
        <source>lot {lot}</source>
        <translation>lote {lot}</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Products used</source>
        <translation>Produtos usados</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+51"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ANVISA</source>
        <translation>ANVISA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufactured</source>
        <translation>Fabricação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Aberto em</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Chosen product:</source>
        <translation>Produto escolhido:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>1 product</source>
        <translation>1 produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} products</source>
        <translation>{count} produtos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#{number} · {date} {time} · {location} · {count}</source>
        <translation>nº {number} · {date} {time} · {location} · {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>corrects #{number}</source>
        <translation>corrige o nº {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body location: {text}</source>
        <translation>Local do corpo: {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse reactions: {text}</source>
        <translation>Reações adversas: {text}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ANVISA {number}</source>
        <translation>ANVISA {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needle lots: {lots}</source>
        <translation>Lotes de agulhas: {lots}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disposable lots: {lots}</source>
        <translation>Lotes de descartáveis: {lots}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoclave cycle: {cycle}</source>
        <translation>Ciclo da autoclave: {cycle}</translation>
    </message>
</context>
<context>
    <name>SessionRecordDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/session_record_dialog.py" line="+89"/>
        <source>Session record</source>
        <translation>Registro da sessão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Earlier records</source>
        <translation>Registros anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Add a correction</source>
        <translation>Adicionar uma correção</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new record, filled in from the one chosen, that corrects it (records are never changed).</source>
        <translation>Um novo registro, preenchido a partir do escolhido, que o corrige (registros nunca são alterados).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+39"/>
        <source>Body location</source>
        <translation>Local do corpo</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>e.g. left forearm, inner side</source>
        <translation>ex.: antebraço esquerdo, parte interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Adverse reactions</source>
        <translation>Reações adversas</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>None observed</source>
        <translation>Nenhuma observada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inks and materials</source>
        <translation>Tintas e materiais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add from the list</source>
        <translation>Adicionar da lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a product</source>
        <translation>Digitar um produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove product</source>
        <translation>Remover produto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Needle lots</source>
        <translation>Lotes de agulhas</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+2"/>
        <source>Lots separated by commas</source>
        <translation>Lotes separados por vírgula</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+22"/>
        <source>Disposable lots</source>
        <translation>Lotes de descartáveis</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+21"/>
        <source>Autoclave cycle</source>
        <translation>Ciclo da autoclave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products used</source>
        <translation>Produtos usados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier records (never changed; a correction is a new record)</source>
        <translation>Registros anteriores (nunca alterados; uma correção é um novo registro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save record</source>
        <translation>Salvar registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This booking is no longer in the calendar.</source>
        <translation>Este agendamento não está mais na agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{client} with {artist}, {date} at {time}</source>
        <translation>{client} com {artist}, {date} às {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No client</source>
        <translation>Sem cliente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{material} (expired)</source>
        <translation>{material} (vencido)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No materials on the studio&apos;s list yet: type them</source>
        <translation>Ainda não há materiais na lista do estúdio: digite-os</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No record yet for this session.</source>
        <translation>Ainda não há registro desta sessão.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Correcting the record of {date}: saving adds a new record; the earlier one stays as it was.</source>
        <translation>Corrigindo o registro de {date}: salvar adiciona um novo registro; o anterior fica como estava.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{name} (lot {lot}) expired on {date}, before this session&apos;s date ({day}). An expired lot cannot be recorded as used.</source>
        <translation>{name} (lote {lot}) venceu em {date}, antes da data desta sessão ({day}). Um lote vencido não pode ser registrado como usado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product</source>
        <translation>Um produto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ink {name} has no ANVISA registration number. Only registered inks can be recorded as used.</source>
        <translation>A tinta {name} não tem número de registro na ANVISA. Só tintas registradas podem ser registradas como usadas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say where on the body the session was.</source>
        <translation>Informe em que local do corpo foi a sessão.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the dates as {format}.</source>
        <translation>Digite as datas como {format}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give each product its name.</source>
        <translation>Dê um nome a cada produto.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/lock/set_pin_dialog.py" line="+42"/>
        <source>Set your PIN</source>
        <translation>Defina seu PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, choose a PIN of 4 to 6 digits. You will type it each time you step up to the desk.</source>
        <translation>{name}, escolha um PIN de 4 a 6 dígitos. Você vai digitá-lo sempre que assumir o balcão.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/choice_pages.py" line="-98"/>
        <location filename="../../kronos_desktop/ui/welcome/wizard.py" line="+74"/>
        <location line="+1"/>
        <source>Welcome to KRONOS</source>
        <translation>Bem-vindo ao KRONOS</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>How will this computer start?</source>
        <translation>Como este computador vai começar?</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="-181"/>
        <location line="+19"/>
        <source>Studio name</source>
        <translation>Nome do estúdio</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>e.g. Agulha de Ouro Tattoo</source>
        <translation>ex.: Agulha de Ouro Tattoo</translation>
    </message>
    <message>
        <location line="+140"/>
        <location line="+5"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/choice_pages.py" line="+15"/>
        <source>The studio already uses KRONOS with a server. The owner or a manager signs in, in the web browser, and this computer downloads the studio&apos;s agenda, clients and checkout.</source>
        <translation>O estúdio já usa o KRONOS com um servidor. O dono ou um gerente faz login no navegador, e este computador baixa a agenda, os clientes e o caixa do estúdio.</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>e.g. kronos.yourstudio.com.br</source>
        <translation>ex.: kronos.seuestudio.com.br</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/wizard.py" line="+41"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit KRONOS</source>
        <translation>Sair do KRONOS</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/choice_pages.py" line="+15"/>
        <source>Waiting for the sign-in in your web browser… Sign in there with the e-mail and password of the studio&apos;s owner or a manager.</source>
        <translation>Aguardando o login no seu navegador… Entre lá com o e-mail e a senha do dono ou de um gerente do estúdio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If the browser did not open, open this address in it:</source>
        <translation>Se o navegador não abriu, abra nele este endereço:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in address to open in the browser</source>
        <translation>Endereço de login para abrir no navegador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the sign-in address</source>
        <translation>Copiar o endereço de login</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the sign-in</source>
        <translation>Cancelar o login</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/wizard.py" line="+103"/>
        <location line="+3"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/choice_pages.py" line="+35"/>
        <source>Type the server&apos;s address.</source>
        <translation>Digite o endereço do servidor.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/shortcuts_dialog.py" line="+26"/>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/signature_pad.py" line="+61"/>
        <source>Signature pad: sign with the mouse, a pen or a finger</source>
        <translation>Quadro de assinatura: assine com o mouse, uma caneta ou o dedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z undoes the last stroke</source>
        <translation>Ctrl+Z desfaz o último traço</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign above the line</source>
        <translation>Assine acima da linha</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../kronos_desktop/single_instance.py" line="+175"/>
        <source>KRONOS is already open</source>
        <translation>O KRONOS já está aberto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KRONOS is already open on the data folder {folder} (process {pid}); its window was brought forward.

Only one copy of KRONOS at a time can use a data folder: use the window already open.</source>
        <translation>O KRONOS já está aberto na pasta de dados {folder} (processo {pid}); a janela dele foi trazida para a frente.

Só uma cópia do KRONOS por vez pode usar uma pasta de dados: use a janela que já está aberta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KRONOS is already open on the data folder {folder} (process {pid}), and that copy did not answer: it may still be starting.

Only one copy of KRONOS at a time can use a data folder: use the window already open, or close it and start KRONOS again.</source>
        <translation>O KRONOS já está aberto na pasta de dados {folder} (processo {pid}), e essa cópia não respondeu: talvez ainda esteja abrindo.

Só uma cópia do KRONOS por vez pode usar uma pasta de dados: use a janela que já está aberta, ou feche-a e abra o KRONOS de novo.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/staff_dialog.py" line="+71"/>
        <source>New member of staff</source>
        <translation>Nova pessoa na equipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Guest artist, from one date to another</source>
        <translation>Tatuador(a) convidado(a), de uma data a outra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Guest artist</source>
        <translation>Tatuador(a) convidado(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A guest artist works here only between these dates.</source>
        <translation>Um(a) convidado(a) trabalha aqui só entre estas datas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Same as the studio&apos;s opening hours</source>
        <translation>Igual ao horário de funcionamento do estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The member works whenever the studio is open (Settings).</source>
        <translation>A pessoa trabalha sempre que o estúdio está aberto (Configurações).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their bookings show in this colour on the calendar.</source>
        <translation>Os horários dessa pessoa aparecem nesta cor na agenda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days that differ (a day off, or other hours that day)</source>
        <translation>Dias diferentes (uma folga, ou outro horário naquele dia)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member&apos;s details and hours</source>
        <translation>Dados e horário da pessoa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save member</source>
        <translation>Salvar pessoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Type the member&apos;s name.</source>
        <translation>Digite o nome da pessoa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot give any role.</source>
        <translation>Você não pode atribuir nenhuma função.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last day is before the first.</source>
        <translation>O último dia é antes do primeiro.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Check this field.</source>
        <translation>Confira este campo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some details are not valid: check the fields marked.</source>
        <translation>Alguns dados não são válidos: confira os campos marcados.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was saved.</source>
        <translation>Nada foi salvo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member was not saved. Nothing you typed was lost.</source>
        <translation>A pessoa não foi salva. Nada do que você digitou se perdeu.</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/staff_page.py" line="+49"/>
        <source>Inactive</source>
        <translation>Inativo(a)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guest until {last} (ended)</source>
        <translation>Convidado(a) até {last} (encerrado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest {first} – {last}</source>
        <translation>Convidado(a) {first} – {last}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Ativo(a)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set</source>
        <translation>Definido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio&apos;s hours</source>
        <translation>Horário do estúdio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own hours</source>
        <translation>Horário próprio</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n day(s) differ</source>
        <translation>
            <numerusform> · %n dia diferente</numerusform>
            <numerusform> · %n dias diferentes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rate} from {date}; {tips} of tips</source>
        <translation>{rate} desde {date}; {tips} das gorjetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar colour {colour}</source>
        <translation>Cor na agenda {colour}</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location line="+25"/>
        <source>Add member</source>
        <translation>Adicionar pessoa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <location line="+66"/>
        <location line="+5"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Reset PIN</source>
        <translation>Redefinir PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Comissão</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n active member(s)</source>
        <translation>
            <numerusform>%n pessoa ativa</numerusform>
            <numerusform>%n pessoas ativas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Step up to the desk with your PIN to manage staff.</source>
        <translation>Identifique-se no balcão com seu PIN para gerenciar a equipe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only owners and managers manage staff. You can see the list.</source>
        <translation>Só proprietários e gerentes gerenciam a equipe. Você pode ver a lista.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a member in the list first.</source>
        <translation>Escolha antes uma pessoa na lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an owner can change an owner.</source>
        <translation>Só um proprietário pode alterar um proprietário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Você não pode desativar a si mesmo(a).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your own PIN with File → Change my PIN.</source>
        <translation>Troque seu próprio PIN em Arquivo → Alterar meu PIN.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an owner resets an owner&apos;s PIN.</source>
        <translation>Só um proprietário redefine o PIN de um proprietário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A manager resets the PINs of receptionists and artists.</source>
        <translation>Um gerente redefine os PINs de recepcionistas e tatuadores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commission rules are for artists.</source>
        <translation>Regras de comissão são para tatuadores.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reactivate</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Deactivate {name}?</source>
        <translation>Desativar {name}?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They leave the staff picker and the calendar; their bookings, sales and history stay.</source>
        <translation>A pessoa sai da seleção da equipe e da agenda; seus horários, vendas e histórico ficam.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep active</source>
        <translation>Manter ativo(a)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kronos_desktop/app.py" line="+208"/>
        <source>KRONOS cannot write to its data folder {path}.

Choose a folder you can write to with --data-dir (or KRONOS_DATA_DIR), or ask whoever looks after this computer to give you access.</source>
        <translation>O KRONOS não consegue gravar na pasta de dados {path}.

Escolha uma pasta onde você possa gravar com --data-dir (ou KRONOS_DATA_DIR), ou peça acesso a quem cuida deste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file {path} is another program&apos;s database, not a KRONOS database. It was left untouched.

Move that file away, or choose another data folder with --data-dir.</source>
        <translation>O arquivo {path} é um banco de dados de outro programa, não do KRONOS. Ele não foi alterado.

Tire esse arquivo de lá ou escolha outra pasta de dados com --data-dir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file {path} is not a KRONOS database. It was left untouched.

Move that file away, or choose another data folder with --data-dir.</source>
        <translation>O arquivo {path} não é um banco de dados do KRONOS. Ele não foi alterado.

Tire esse arquivo de lá ou escolha outra pasta de dados com --data-dir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {path} is damaged. It was left untouched.

Restore the latest copy from the &apos;backups&apos; folder beside it, or call your support contact.</source>
        <translation>O banco de dados {path} está danificado. Ele não foi alterado.

Restaure a cópia mais recente da pasta &apos;backups&apos; ao lado dele, ou chame o seu suporte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {path} was written by a newer version of KRONOS. Nothing was changed.

Install the newest version of KRONOS to open it.</source>
        <translation>O banco de dados {path} foi gravado por uma versão mais nova do KRONOS. Nada foi alterado.

Instale a versão mais recente do KRONOS para abri-lo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating the database {path} failed, and nothing was changed.

A copy was kept in the &apos;backups&apos; folder beside it. Call your support contact.</source>
        <translation>A atualização do banco de dados {path} falhou e nada foi alterado.

Uma cópia foi guardada na pasta &apos;backups&apos; ao lado dele. Chame o seu suporte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KRONOS could not open its database {path}.</source>
        <translation>O KRONOS não conseguiu abrir o banco de dados {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details: {details}</source>
        <translation>Detalhes: {details}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database {path} already holds another studio ({studio}), so the demo studio was not added.

To try the demo, start KRONOS with --demo and a new, empty data folder (--data-dir).</source>
        <translation>O banco de dados {path} já tem outro estúdio ({studio}), então o estúdio de demonstração não foi adicionado.

Para experimentar a demonstração, abra o KRONOS com --demo e uma pasta de dados nova e vazia (--data-dir).</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>KRONOS cannot start</source>
        <translation>O KRONOS não pode abrir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demo studio not added</source>
        <translation>Estúdio de demonstração não adicionado</translation>
    </message>
</context>
<context>
    <name>StockCountDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/stock_dialogs.py" line="+231"/>
        <location line="+49"/>
        <source>Stock count</source>
        <translation>Contagem de estoque</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Type what is on the shelf in Counted. A product left empty is not counted; only the differences are recorded.</source>
        <translation>Digite em Contado o que há na prateleira. Um produto deixado em branco não é contado; só as diferenças são registradas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Products to count</source>
        <translation>Produtos a contar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation>Em estoque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Counted: {name}</source>
        <translation>Contado: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record count</source>
        <translation>Registrar contagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not a quantity ({name}): type a whole number, 0 or more.</source>
        <translation>“{text}” não é uma quantidade ({name}): digite um número inteiro, 0 ou mais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A count cannot be below 0 ({name}): type what is on the shelf, 0 or more.</source>
        <translation>A contagem não pode ser menor que 0 ({name}): digite o que há na prateleira, 0 ou mais.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n product(s) counted</source>
        <translation>
            <numerusform>%n produto contado</numerusform>
            <numerusform>%n produtos contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to correct</source>
        <translation>
            <numerusform>%n a corrigir</numerusform>
            <numerusform>%n a corrigir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type what you counted for at least one product.</source>
        <translation>Digite o que você contou de pelo menos um produto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say why you count (e.g. the monthly count): the reason is required.</source>
        <translation>Diga por que está contando (ex.: a contagem do mês): o motivo é obrigatório.</translation>
    </message>
</context>
<context>
    <name>StockMoveDialog</name>
    <message>
        <location line="-258"/>
        <source>Receive stock</source>
        <translation>Entrada de estoque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust stock</source>
        <translation>Ajuste de estoque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity received</source>
        <translation>Quantidade recebida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change in stock</source>
        <translation>Alteração no estoque</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier, invoice… (optional)</source>
        <translation>Fornecedor, nota fiscal… (opcional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. a jar broke, a sample given</source>
        <translation>ex.: um pote quebrou, amostra dada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stock now</source>
        <translation>Em estoque agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity received *</source>
        <translation>Quantidade recebida *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change (+ adds, − takes off) *</source>
        <translation>Alteração (+ soma, − tira) *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive</source>
        <translation>Dar entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{n} in stock</source>
        <translation>{n} em estoque</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type how many arrived: at least 1.</source>
        <translation>Digite quantos chegaram: pelo menos 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type how many to add (e.g. 2) or take off (e.g. -2): 0 changes nothing.</source>
        <translation>Digite quantos somar (ex.: 2) ou tirar (ex.: -2): 0 não muda nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the stock changes: the reason is required.</source>
        <translation>Diga por que o estoque muda: o motivo é obrigatório.</translation>
    </message>
</context>
<context>
    <name>StockMovementsDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/product_dialog.py" line="+82"/>
        <source>Stock movements</source>
        <translation>Movimentações de estoque</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No movement yet: receive stock or count it to start.</source>
        <translation>Nenhuma movimentação ainda: dê entrada no estoque ou faça uma contagem para começar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name}: stock {level}</source>
        <translation>{name}: estoque {level}</translation>
    </message>
</context>
<context>
    <name>StockMovementsModel</name>
    <message>
        <location line="-61"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
</context>
<context>
    <name>StockWords</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/stock_dialogs.py" line="-136"/>
        <source>Received</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (sale cancelled)</source>
        <translation>Devolução (venda cancelada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{n} · out of stock</source>
        <translation>{n} · esgotado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} · low</source>
        <translation>{n} · baixo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>None in stock that this desk knows of. A sale still goes through.</source>
        <translation>Sem estoque, pelo que este balcão sabe. A venda é feita mesmo assim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At or below its low-stock mark ({n}): time to order more.</source>
        <translation>No limite de estoque baixo ({n}) ou abaixo dele: hora de pedir mais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+290"/>
        <source>Every count matches the stock: there is nothing to record.</source>
        <translation>Todas as contagens conferem com o estoque: não há nada a registrar.</translation>
    </message>
</context>
<context>
    <name>StudioForm</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/studio_form_words.py" line="+23"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone (+55)</source>
        <translation>Telefone (+55)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random key</source>
        <translation>Chave aleatória</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A CPF key is 11 digits with valid check digits.</source>
        <translation>Uma chave CPF tem 11 dígitos, com dígitos verificadores válidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CNPJ key is 14 digits with valid check digits.</source>
        <translation>Uma chave CNPJ tem 14 dígitos, com dígitos verificadores válidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail key is an address (name@example.com) of at most 77 characters.</source>
        <translation>Uma chave e-mail é um endereço (nome@exemplo.com.br) de no máximo 77 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone key is a Brazilian number: area code and number, e.g. (11) 98765-4321.</source>
        <translation>Uma chave telefone é um número brasileiro: DDD e número, por exemplo (11) 98765-4321.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A random key is the 36-character code the bank gave (like 123e4567-e89b-…).</source>
        <translation>Uma chave aleatória é o código de 36 caracteres que o banco deu (como 123e4567-e89b-…).</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/settings/studio_form.py" line="+318"/>
        <location filename="../../kronos_desktop/ui/settings/studio_form_words.py" line="+4"/>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="-8"/>
        <source>Choose what kind of PIX key this is.</source>
        <translation>Escolha o tipo desta chave PIX.</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="-143"/>
        <location line="+17"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not set —</source>
        <translation>— não definido —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State (for public holidays)</source>
        <translation>Estado (para os feriados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="+87"/>
        <source>Opening hours</source>
        <translation>Horário de funcionamento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Age of majority</source>
        <translation>Maioridade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below it a client needs a guardian&apos;s consent.</source>
        <translation>Abaixo dela, o cliente precisa da autorização de um responsável.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum age</source>
        <translation>Idade mínima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The studio does not tattoo anyone younger.</source>
        <translation>O estúdio não tatua ninguém mais novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="-66"/>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="-1"/>
        <location line="+11"/>
        <source>Key kind</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="-7"/>
        <location line="+8"/>
        <source>PIX key</source>
        <translation>Chave PIX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {count} characters; accents are folded in the PIX code (São Paulo → SAO PAULO).</source>
        <translation>No máximo {count} caracteres; no código PIX os acentos são retirados (São Paulo → SAO PAULO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="-7"/>
        <location line="+8"/>
        <source>Merchant name</source>
        <translation>Nome do recebedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most {count} characters; accents are folded in the PIX code.</source>
        <translation>No máximo {count} caracteres; no código PIX os acentos são retirados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../kronos_desktop/ui/welcome/pix_page.py" line="-6"/>
        <location line="+9"/>
        <source>Merchant city</source>
        <translation>Cidade do recebedor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposits</source>
        <translation>Sinais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposits expire after (months)</source>
        <translation>O sinal vence após (meses)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A no-show forfeits the deposit</source>
        <translation>Quem não comparece perde o sinal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling closer to the session than this forfeits the deposit; 0: never.</source>
        <translation>Cancelar mais perto da sessão do que isso perde o sinal; 0: nunca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late cancellation (hours before)</source>
        <translation>Cancelamento tardio (horas antes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio</source>
        <translation>O estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The artist</source>
        <translation>O(a) tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split between them</source>
        <translation>Dividido entre os dois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A forfeited deposit goes to</source>
        <translation>O sinal perdido fica com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commissions</source>
        <translation>Comissões</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the amount paid (gross)</source>
        <translation>Sobre o valor pago (bruto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the amount net of card fees</source>
        <translation>Sobre o valor líquido das taxas do cartão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission is paid</source>
        <translation>A comissão é calculada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cleaning between sessions (min)</source>
        <translation>Limpeza entre sessões (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept free on a station after each session.</source>
        <translation>Tempo livre na maca após cada sessão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep records for (years)</source>
        <translation>Guardar registros por (anos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent forms</source>
        <translation>Termos de consentimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>Avisar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A session with no signed form</source>
        <translation>Sessão sem ficha assinada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked when a client is checked in or a session starts.</source>
        <translation>Verificado no check-in do cliente ou no início da sessão.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desk</source>
        <translation>Balcão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lock after idle (minutes)</source>
        <translation>Bloquear após inatividade (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk goes back to the staff picker; 0: never.</source>
        <translation>O balcão volta à escolha da equipe; 0: nunca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Receipt footer</source>
        <translation>Rodapé do recibo</translation>
    </message>
    <message>
        <location line="+132"/>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="-36"/>
        <source>Type the studio&apos;s name.</source>
        <translation>Digite o nome do estúdio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>At most {count} characters.</source>
        <translation>No máximo {count} caracteres.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/settings/deposit_card_fields.py" line="+63"/>
        <source>Late enough to be a no-show (minutes)</source>
        <translation>Atraso que conta como falta (minutos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A client this late counts as not having come.</source>
        <translation>Um cliente com este atraso conta como falta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reschedules a deposit survives</source>
        <translation>Remarcações que o sinal aguenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next reschedule forfeits it; 0: any reschedule does.</source>
        <translation>A remarcação seguinte faz perdê-lo; 0: qualquer remarcação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first session</source>
        <translation>Primeira sessão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last session</source>
        <translation>Última sessão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A project&apos;s deposit comes off</source>
        <translation>O sinal de um projeto é descontado na</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The artist&apos;s part of a split deposit</source>
        <translation>Parte do(a) tatuador(a) no sinal dividido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when a forfeited deposit is split; the studio keeps the rest.</source>
        <translation>Só quando o sinal perdido é dividido; o estúdio fica com o resto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy in the studio&apos;s own words</source>
        <translation>A política nas palavras do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the client reads and accepts when paying a deposit. Blank: the words shown in grey.</source>
        <translation>O que o cliente lê e aceita ao pagar o sinal. Em branco: o texto em cinza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Card machines</source>
        <translation>Maquininhas de cartão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instalments at most</source>
        <translation>Parcelas no máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1: credit cards in one payment only.</source>
        <translation>1: crédito só à vista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit card fee</source>
        <translation>Taxa do débito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit card fee</source>
        <translation>Taxa do crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the machine keeps; prefilled when a card payment is taken.</source>
        <translation>O que a maquininha retém; preenchida ao receber no cartão.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../kronos_desktop/ui/settings/studio_form.py" line="-19"/>
        <source>Between {low} and {high}.</source>
        <translation>Entre {low} e {high}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../kronos_desktop/ui/settings/studio_form.py" line="+13"/>
        <source>At most {count} characters ({typed} typed).</source>
        <translation>No máximo {count} caracteres ({typed} digitados).</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/settings/studio_form.py" line="+4"/>
        <source>A PIX code needs it: type it, or clear the PIX key.</source>
        <translation>O código PIX precisa dele: preencha-o ou apague a chave PIX.</translation>
    </message>
</context>
<context>
    <name>StudioPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/studio_pages.py" line="-57"/>
        <location line="+8"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type to search: a city, or a region.</source>
        <translation>Digite para buscar: uma cidade ou uma região.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The state&apos;s public holidays are shaded in the agenda.</source>
        <translation>Os feriados do estado aparecem sombreados na agenda.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The studio</source>
        <translation>O estúdio</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a time zone from the list.</source>
        <translation>Escolha um fuso horário da lista.</translation>
    </message>
</context>
<context>
    <name>StudioSection</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/section.py" line="+37"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questionnaire</source>
        <translation>Anamnese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inks and materials</source>
        <translation>Tintas e materiais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash drawer</source>
        <translation>Gaveta do caixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>StudioSettingsPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/studio_page.py" line="+43"/>
        <location line="+49"/>
        <source>Studio settings</source>
        <translation>Configurações do estúdio</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Only owners and managers change the studio&apos;s settings.</source>
        <translation>Só proprietários e gerentes alteram as configurações do estúdio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix what is marked in red first.</source>
        <translation>Corrija primeiro o que está marcado em vermelho.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the settings</source>
        <translation>Reverter as configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the settings as the studio has them, dropping what was typed</source>
        <translation>Mostrar as configurações como estão no estúdio, descartando o que foi digitado</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+152"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Save the settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Changed on another desk — Revert to see it.</source>
        <translation>Alterado em outro balcão — clique em Reverter para ver.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing changed yet.</source>
        <translation>Nada foi alterado ainda.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Some details are not valid: {names}.</source>
        <translation>Alguns dados não são válidos: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved. Settings changed on another desk meanwhile kept that value: see the conflicts inbox.</source>
        <translation>Salvo. O que foi alterado em outro balcão nesse meio-tempo ficou com aquele valor: veja os Conflitos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not saved: {reason} Nothing you typed was lost.</source>
        <translation>Não foi salvo: {reason} Nada do que você digitou foi perdido.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/summary_page.py" line="+26"/>
        <source>Check what you typed; Back changes it. Everything can be changed later in Settings.</source>
        <translation>Confira o que você digitou; em Voltar dá para mudar. Tudo pode ser alterado depois em Configurações.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening hours</source>
        <translation>Horário de funcionamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Proprietário(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artists</source>
        <translation>Tatuadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stations</source>
        <translation>Macas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIX</source>
        <translation>PIX</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ready to create the studio</source>
        <translation>Pronto para criar o estúdio</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{first} to {last}</source>
        <translation>{first} às {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>fechado</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/day_sales.py" line="+42"/>
        <source>Sales total</source>
        <translation>Total de vendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net received</source>
        <translation>Recebido líquido</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/form_template_editor.py" line="+45"/>
        <source>Give the questionnaire a title.</source>
        <translation>Dê um título à anamnese.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add at least one question.</source>
        <translation>Adicione pelo menos uma pergunta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question has no id.</source>
        <translation>Uma pergunta está sem identificador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two questions have the same id.</source>
        <translation>Duas perguntas têm o mesmo identificador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question has no words.</source>
        <translation>Uma pergunta está sem texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A choice question has no choices.</source>
        <translation>Uma pergunta de escolha está sem opções.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An alert is set on an answer the question does not have.</source>
        <translation>Há um alerta numa resposta que a pergunta não tem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the consent text.</source>
        <translation>Digite o texto do termo de consentimento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The questionnaire cannot be published as it is.</source>
        <translation>A anamnese não pode ser publicada assim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(“{question}”)</source>
        <translation>(“{question}”)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>alert: {field}</source>
        <translation>alerta: {field}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Title of the questionnaire</source>
        <translation>Título da anamnese</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a question</source>
        <translation>Adicionar uma pergunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the question</source>
        <translation>Editar a pergunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the question</source>
        <translation>Remover a pergunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question up</source>
        <translation>Subir a pergunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question down</source>
        <translation>Descer a pergunta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Consent text</source>
        <translation>Texto do termo de consentimento</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Image-use authorisation text</source>
        <translation>Texto da autorização de uso de imagem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image use (portfolio and social media), a consent of its own</source>
        <translation>Uso de imagem (portfólio e redes sociais), um consentimento à parte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview: as the client fills it in</source>
        <translation>Prévia: como o cliente preenche</translation>
    </message>
</context>
<context>
    <name>TicketClientBar</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_client.py" line="+50"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the ticket&apos;s client</source>
        <translation>Buscar o cliente da comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or phone of the client (none: a retail sale)</source>
        <translation>Nome ou telefone do cliente (nenhum: venda de balcão)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clients found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the client</source>
        <translation>Trocar o cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No client</source>
        <translation>Sem cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No client: a retail sale</source>
        <translation>Sem cliente: venda de balcão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New client…</source>
        <translation>Novo cliente…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the client with a name and a phone</source>
        <translation>Cadastrar o cliente com nome e telefone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health alert</source>
        <translation>Alerta de saúde</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Client: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health alert: {alert}</source>
        <translation>Alerta de saúde: {alert}</translation>
    </message>
</context>
<context>
    <name>TicketLinesModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_lines.py" line="+68"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(service)</source>
        <translation>(serviço)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(product)</source>
        <translation>(produto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>Discount: {reason}</source>
        <translation>Desconto: {reason}</translation>
    </message>
</context>
<context>
    <name>TicketNewClientDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_new_client.py" line="+43"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New client&apos;s full name</source>
        <translation>Nome completo do novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New client&apos;s phone</source>
        <translation>Telefone do novo cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(11) 98765-4321</source>
        <translation>(11) 98765-4321</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use the client with this phone</source>
        <translation>Usar o cliente com este telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full name *</source>
        <translation>Nome completo *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Register client</source>
        <translation>Cadastrar cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} already has this phone ({phone}).</source>
        <translation>{name} já tem este telefone ({phone}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use {name}</source>
        <translation>Usar {name}</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Type the new client&apos;s full name.</source>
        <translation>Digite o nome completo do novo cliente.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>Area code and number, like (11) 98765-4321 (abroad: +country).</source>
        <translation>DDD e número, como (11) 98765-4321 (exterior: +país).</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_edits.py" line="+30"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_page.py" line="+107"/>
        <location line="+204"/>
        <location line="+26"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Ticket of a booking</source>
        <translation>Comanda de agendamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add a line to charge.</source>
        <translation>Adicione uma linha para cobrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the price of each service.</source>
        <translation>Digite o preço de cada serviço.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untick a deposit to charge.</source>
        <translation>Desmarque um sinal para cobrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The receipt&apos;s CPF or CNPJ is not valid.</source>
        <translation>O CPF ou CNPJ do recibo não é válido.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Charge {amount}</source>
        <translation>Cobrar {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the payment (Ctrl+Enter)</source>
        <translation>Receber o pagamento (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+9"/>
        <source>Discard ticket</source>
        <translation>Descartar comanda</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Discard this ticket? Its lines are lost; nothing was recorded.</source>
        <translation>Descartar esta comanda? As linhas se perdem; nada foi registrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} was entered as received on it: give it back or take it on another ticket.</source>
        <translation>{amount} já foi lançado como recebido nela: devolva ou lance em outra comanda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>TicketPageView</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_page_view.py" line="+39"/>
        <source>Sales of the day</source>
        <translation>Vendas do dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the day&apos;s sales</source>
        <translation>Voltar às vendas do dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the day&apos;s sales; the ticket stays open (Alt+Left)</source>
        <translation>Voltar às vendas do dia; a comanda fica aberta (Alt+Esquerda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ticket</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard ticket</source>
        <translation>Descartar comanda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines of the ticket</source>
        <translation>Linhas da comanda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No lines yet: add a service or a product.</source>
        <translation>Nenhuma linha ainda: adicione um serviço ou um produto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Service</source>
        <translation>+ Serviço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a service line</source>
        <translation>Adicionar serviço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ Product</source>
        <translation>+ Produto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a product</source>
        <translation>Adicionar produto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the line</source>
        <translation>Editar a linha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the line</source>
        <translation>Remover a linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the line (Del)</source>
        <translation>Remover a linha (Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discount…</source>
        <translation>Desconto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount on the line</source>
        <translation>Desconto na linha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount on the chosen line</source>
        <translation>Um desconto na linha escolhida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ticket discount…</source>
        <translation>Desconto na comanda…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount on the whole ticket</source>
        <translation>Desconto na comanda inteira</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
</context>
<context>
    <name>TicketTotals</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_totals.py" line="+37"/>
        <source>A line&apos;s discount is larger than the line.</source>
        <translation>O desconto de uma linha é maior que a linha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ticket&apos;s discount is larger than the ticket.</source>
        <translation>O desconto da comanda é maior que a comanda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deposits applied are more than the ticket&apos;s total.</source>
        <translation>Os sinais aplicados passam do total da comanda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deposit is applied once.</source>
        <translation>Um sinal é aplicado uma vez só.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deposit applied is no longer held for this client.</source>
        <translation>Um sinal aplicado não está mais em aberto para este cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A line&apos;s quantity is at least 1.</source>
        <translation>A quantidade de uma linha é no mínimo 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount cannot be negative.</source>
        <translation>Um valor não pode ser negativo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount is between 0% and 100%.</source>
        <translation>Um desconto fica entre 0% e 100%.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line discounts</source>
        <translation>Descontos nas linhas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket discount</source>
        <translation>Desconto na comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit applied</source>
        <translation>Sinal aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total due</source>
        <translation>Total a pagar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ticket discount ({reason})</source>
        <translation>Desconto na comanda ({reason})</translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/time_off_dialog.py" line="+62"/>
        <location line="+117"/>
        <source>Time off</source>
        <translation>Folga</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Bookings in this time</source>
        <translation>Agendamentos neste período</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save time off</source>
        <translation>Salvar folga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message numerus="yes">
        <location line="+79"/>
        <source>%n booking(s) in this time: move or cancel each before saving.</source>
        <translation>
            <numerusform>%n agendamento neste período: remarque ou cancele antes de salvar.</numerusform>
            <numerusform>%n agendamentos neste período: remarque ou cancele cada um antes de salvar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bookings in this time.</source>
        <translation>Nenhum agendamento neste período.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time off: {reason}</source>
        <translation>Folga: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Correct what is marked above first.</source>
        <translation>Corrija primeiro o que está marcado acima.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move or cancel the bookings in this time first: {bookings}</source>
        <translation>Remarque ou cancele primeiro os agendamentos deste período: {bookings}</translation>
    </message>
</context>
<context>
    <name>TimeOffForm</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/time_off_form.py" line="+79"/>
        <location line="+59"/>
        <source>Artist</source>
        <translation>Tatuador(a)</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+59"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Holiday, lunch, a convention…</source>
        <translation>Férias, almoço, uma convenção…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One day</source>
        <translation>Um dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several days</source>
        <translation>Vários dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On</source>
        <translation>Às</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole day</source>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The studio&apos;s opening hours of those days</source>
        <translation>O horário de funcionamento do estúdio nesses dias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Das</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Às</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>00:00 is midnight at the end of the day</source>
        <translation>00:00 é a meia-noite no fim do dia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates taken out</source>
        <translation>Datas excluídas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>until</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose an artist.</source>
        <translation>Escolha um(a) tatuador(a).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last day is before the first.</source>
        <translation>O último dia é antes do primeiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time off lasts at most a year: until {date}.</source>
        <translation>Uma folga dura no máximo um ano: até {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one weekday.</source>
        <translation>Escolha pelo menos um dia da semana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No day is left once the dates taken out are removed.</source>
        <translation>Não sobra nenhum dia depois de tirar as datas excluídas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The studio does not open on these days: choose the hours.</source>
        <translation>O estúdio não abre nesses dias: escolha o horário.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time off must last more than zero minutes.</source>
        <translation>A folga precisa durar mais de zero minuto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end is before the start.</source>
        <translation>O fim é antes do início.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A day&apos;s time off lasts at most %n hour(s).</source>
        <translation>
            <numerusform>A folga de um dia dura no máximo %n hora.</numerusform>
            <numerusform>A folga de um dia dura no máximo %n horas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/tips_panel.py" line="-50"/>
        <source>Choose the artist…</source>
        <translation>Escolha o(a) tatuador(a)…</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Tips</source>
        <translation>Gorjetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artist who gets the tip</source>
        <translation>Tatuador(a) que recebe a gorjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tip amount</source>
        <translation>Valor da gorjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add tip</source>
        <translation>Adicionar gorjeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add the tip</source>
        <translation>Adicionar a gorjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips on the ticket</source>
        <translation>Gorjetas da comanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove tip</source>
        <translation>Remover gorjeta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the chosen tip</source>
        <translation>Remover a gorjeta escolhida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No artist on this ticket: no tip to give.</source>
        <translation>Nenhum(a) tatuador(a) nesta comanda: sem gorjeta a dar.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>(artist not on the ticket)</source>
        <translation>(tatuador(a) fora da comanda)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the artist who gets the tip.</source>
        <translation>Escolha o(a) tatuador(a) que recebe a gorjeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the tip&apos;s amount.</source>
        <translation>Digite o valor da gorjeta.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/void_dialog.py" line="+27"/>
        <location line="+1"/>
        <source>Void sale</source>
        <translation>Cancelar venda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sale stays in the day&apos;s list, marked cancelled, and its receipt says so.</source>
        <translation>A venda continua na lista do dia, marcada como cancelada, e o recibo indica isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. rung up on the wrong client</source>
        <translation>ex.: lançada no cliente errado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void the sale</source>
        <translation>Cancelar a venda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Void sale</source>
        <translation>&amp;Cancelar venda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Refunds</source>
        <translation>Estornos</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Total refunded</source>
        <translation>Total estornado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason *</source>
        <translation>Motivo *</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This sale is not on this desk.</source>
        <translation>Esta venda não está neste balcão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no client</source>
        <translation>sem cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {client} · {total}</source>
        <translation>{number} · {client} · {total}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None: nothing is left to give back.</source>
        <translation>Nenhum: não resta nada a devolver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This sale was cancelled already.</source>
        <translation>Esta venda já foi cancelada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a closed sale can be voided.</source>
        <translation>Só uma venda fechada pode ser cancelada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The deposit applied ({amount}) is not refunded: it goes back to {client}&apos;s held deposits.</source>
        <translation>O sinal aplicado ({amount}) não é estornado: volta a ficar em aberto para {client}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client</source>
        <translation>o cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} was refunded earlier.</source>
        <translation>{amount} já tinha sido estornado antes.</translation>
    </message>
</context>
<context>
    <name>VoucherActions</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/voucher_actions.py" line="+40"/>
        <source>Vouchers</source>
        <translation>Vales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift vouchers</source>
        <translation>Vales-presente</translation>
    </message>
</context>
<context>
    <name>VoucherCard</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/voucher_card.py" line="+76"/>
        <source>Gift voucher</source>
        <translation>Vale-presente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From {name}</source>
        <translation>De {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until {date}</source>
        <translation>Válido até {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expiry date</source>
        <translation>Sem data de validade</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this code at the counter. Sold on {date}.</source>
        <translation>Apresente este código no balcão. Vendido em {date}.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The page could not be opened for painting.</source>
        <translation>Não foi possível abrir a página para desenhar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gift voucher {code}</source>
        <translation>Vale-presente {code}</translation>
    </message>
</context>
<context>
    <name>VoucherCardDialog</name>
    <message>
        <location line="+55"/>
        <source>Gift voucher card</source>
        <translation>Cartão do vale-presente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview of the voucher&apos;s card</source>
        <translation>Prévia do cartão do vale-presente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the voucher…</source>
        <translation>Lendo o vale-presente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print card…</source>
        <translation>Imprimir cartão…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the card</source>
        <translation>Imprimir o cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Salvar PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+46"/>
        <source>Save the card as PDF</source>
        <translation>Salvar o cartão em PDF</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This voucher is not on this desk.</source>
        <translation>Este vale-presente não está neste balcão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Voucher {code}: print it, or save it to send.</source>
        <translation>Vale-presente {code}: imprima, ou salve para enviar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>voucher-{code}.pdf</source>
        <translation>vale-presente-{code}.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PDF could not be saved to {path}.</source>
        <translation>Não foi possível salvar o PDF em {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}.</source>
        <translation>Salvo em {path}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The card could not be printed: the printer did not start.</source>
        <translation>Não foi possível imprimir o cartão: a impressora não iniciou.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer.</source>
        <translation>Enviado à impressora.</translation>
    </message>
</context>
<context>
    <name>VoucherDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/voucher_dialog.py" line="+62"/>
        <source>Sell gift voucher</source>
        <translation>Vender vale-presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell a gift voucher</source>
        <translation>Vender um vale-presente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value of the voucher</source>
        <translation>Valor do vale-presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who buys the voucher</source>
        <translation>Quem compra o vale-presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the buyer&apos;s name (optional)</source>
        <translation>nome de quem compra (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who the voucher is for</source>
        <translation>Para quem é o vale-presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>printed on the card (optional)</source>
        <translation>impresso no cartão (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The voucher expires</source>
        <translation>O vale-presente tem validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day the voucher can be used</source>
        <translation>Último dia em que o vale-presente pode ser usado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sell shows the PIX QR code; the voucher is sold once the money arrived.</source>
        <translation>“Vender vale” mostra o QR code do PIX; o vale-presente é vendido quando o dinheiro cair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new code is drawn when the voucher is sold; its card then opens, to print or save.</source>
        <translation>Um novo código é sorteado na venda do vale-presente; em seguida o cartão abre, para imprimir ou salvar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought by</source>
        <translation>Comprado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Pago com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: no voucher</source>
        <translation>Cancelar: nenhum vale-presente vendido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell voucher</source>
        <translation>Vender vale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell the voucher</source>
        <translation>Vender o vale-presente</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A voucher is worth more than zero.</source>
        <translation>O valor do vale-presente precisa ser maior que zero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Less than the voucher: the buyer hands over at least {amount}.</source>
        <translation>Menos que o vale-presente: quem compra entrega pelo menos {amount}.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not sold: the payment does not match the voucher. Check how it was paid.</source>
        <translation>Não vendido: o pagamento não confere com o vale-presente. Confira como foi pago.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sold: {why}</source>
        <translation>Não vendido: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sold.</source>
        <translation>Não vendido.</translation>
    </message>
</context>
<context>
    <name>VoucherPayment</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/voucher_payment_field.py" line="+33"/>
        <source>No voucher has the code {code}: check it on the card.</source>
        <translation>Nenhum vale-presente tem o código {code}: confira no cartão.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voucher {code} is spent: nothing is left on it.</source>
        <translation>O vale-presente {code} já foi todo usado: não tem mais saldo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voucher {code} holds {balance}: the amount cannot be more.</source>
        <translation>O vale-presente {code} tem saldo de {balance}: o valor não pode ser maior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The voucher {code} expired on {date}.</source>
        <translation>O vale-presente {code} venceu em {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The voucher {code} has expired.</source>
        <translation>O vale-presente {code} venceu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount to take from the voucher.</source>
        <translation>Digite o valor a usar do vale-presente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The voucher {code} cannot pay this ({problem}).</source>
        <translation>O vale-presente {code} não pode pagar isto ({problem}).</translation>
    </message>
</context>
<context>
    <name>VoucherPaymentField</name>
    <message>
        <location line="+35"/>
        <source>Voucher code</source>
        <translation>Código do vale-presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The code on the voucher&apos;s card</source>
        <translation>O código no cartão do vale-presente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. K7QX-M4P9</source>
        <translation>ex.: K7QX-M4P9</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Looking for the voucher…</source>
        <translation>Buscando o vale-presente…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for {name}</source>
        <translation>para {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid until {date}</source>
        <translation>válido até {date}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the voucher&apos;s code, as printed on its card.</source>
        <translation>Digite o código do vale-presente, como está impresso no cartão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Looking for the voucher… try again in a moment.</source>
        <translation>Buscando o vale-presente… tente de novo em um instante.</translation>
    </message>
</context>
<context>
    <name>VouchersModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/vouchers_page.py" line="+64"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold on</source>
        <translation>Vendido em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{amount} · overdrawn</source>
        <translation>{amount} · saldo negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} · expired</source>
        <translation>{amount} · vencido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spent</source>
        <translation>sem saldo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no expiry</source>
        <translation>sem validade</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bought by {name}</source>
        <translation>Comprado por {name}</translation>
    </message>
</context>
<context>
    <name>VouchersPage</name>
    <message>
        <location line="+16"/>
        <source>Back to the day</source>
        <translation>Voltar ao dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a voucher by its code</source>
        <translation>Buscar um vale-presente pelo código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find by code, e.g. K7QX-M4P9</source>
        <translation>Buscar pelo código, ex.: K7QX-M4P9</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell voucher…</source>
        <translation>Vender vale…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell a gift voucher</source>
        <translation>Vender um vale-presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print card…</source>
        <translation>Imprimir cartão…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print or save the chosen voucher&apos;s card</source>
        <translation>Imprimir ou salvar o cartão do vale-presente escolhido</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Gift vouchers</source>
        <translation>Vales-presente</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n voucher(s); still to spend: {amount}</source>
        <translation>
            <numerusform>%n vale-presente; saldo a usar: {amount}</numerusform>
            <numerusform>%n vales-presente; saldo a usar: {amount}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdrawn: see the conflicts inbox</source>
        <translation>
            <numerusform>%n com saldo negativo: veja os conflitos</numerusform>
            <numerusform>%n com saldo negativo: veja os conflitos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No voucher has a code like {code}.</source>
        <translation>Nenhum vale-presente tem um código parecido com {code}.</translation>
    </message>
</context>
<context>
    <name>WeekCanvas</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/week_canvas.py" line="-81"/>
        <source>Week calendar</source>
        <translation>Calendário da semana</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Health alert: %1</source>
        <translation>Alerta de saúde: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In conflict with another booking</source>
        <translation>Em conflito com outro agendamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First visit</source>
        <translation>Primeira visita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent signed</source>
        <translation>Termo assinado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
    </message>
</context>
<context>
    <name>WelcomeTeam</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/team_pages.py" line="+42"/>
        <source>Remove this row</source>
        <translation>Remover esta linha</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Each artist gets a column in the agenda, in their colour. If you tattoo too, add yourself. Receptionists, managers and more artists can be added later in Settings → Staff.</source>
        <translation>Cada tatuador ganha uma coluna na agenda, na sua cor. Se você também tatua, adicione seu nome. Recepcionistas, gerentes e outros tatuadores podem ser adicionados depois em Configurações → Equipe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>+ Add an artist</source>
        <translation>+ Adicionar tatuador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The artists</source>
        <translation>Os tatuadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artist {number}: name</source>
        <translation>Tatuador {number}: nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two artists have the same name: tell them apart.</source>
        <translation>Dois tatuadores estão com o mesmo nome: diferencie-os.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The studio&apos;s chairs and beds (macas): a booking may take one, and the agenda can show a column each.</source>
        <translation>As cadeiras e macas do estúdio: um agendamento pode ocupar uma, e a agenda pode mostrar uma coluna para cada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Add a station</source>
        <translation>+ Adicionar maca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Station {number}</source>
        <translation>Maca {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stations</source>
        <translation>As macas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station {number}: name</source>
        <translation>Maca {number}: nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two stations have the same name: tell them apart.</source>
        <translation>Duas macas estão com o mesmo nome: diferencie-as.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/aside.py" line="+28"/>
        <source>Leave the setup</source>
        <translation>Sair da configuração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the setup for now?</source>
        <translation>Sair da configuração por enquanto?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed is kept, except the PIN: KRONOS opens here again next time it starts.</source>
        <translation>O que você digitou fica guardado, menos o PIN: o KRONOS volta para cá na próxima vez que abrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep setting up</source>
        <translation>Continuar configurando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This data folder was being filled with the demo studio when KRONOS stopped. Choose “Open the demo studio” again, or start KRONOS on a new data folder for your studio.</source>
        <translation>Esta pasta de dados estava recebendo o estúdio de demonstração quando o KRONOS parou. Escolha “Abrir o estúdio de demonstração” de novo ou abra o KRONOS em uma pasta de dados nova para o seu estúdio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The studio was not created, and nothing was written. What you typed is kept.</source>
        <translation>O estúdio não foi criado e nada foi gravado. O que você digitou continua aqui.</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/welcome/wizard.py" line="-104"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the previous step</source>
        <translation>Voltar ao passo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+101"/>
        <source>Next</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create the studio</source>
        <translation>Criar o estúdio</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Step {number} of {count}</source>
        <translation>Passo {number} de {count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the demo</source>
        <translation>Abrir a demonstração</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Creating the studio…</source>
        <translation>Criando o estúdio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opening the demo studio… (a few seconds)</source>
        <translation>Abrindo o estúdio de demonstração… (alguns segundos)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo studio could not open.</source>
        <translation>Não foi possível abrir o estúdio de demonstração.</translation>
    </message>
</context>
<context>
    <name>_RecordCard</name>
    <message numerus="yes">
        <location filename="../../kronos_desktop/ui/clients/merge_dialog.py" line="+1"/>
        <source>%n open booking(s)</source>
        <translation>
            <numerusform>%n agendamento em aberto</numerusform>
            <numerusform>%n agendamentos em aberto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open project(s)</source>
        <translation>
            <numerusform>%n projeto em aberto</numerusform>
            <numerusform>%n projetos em aberto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/ticket_line_dialog.py" line="-114"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
</context>
</TS>
