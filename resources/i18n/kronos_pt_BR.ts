<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../kronos_desktop/ui/actions.py" line="+68"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location line="+3"/>
        <source>Change my PIN</source>
        <translation>Alterar meu PIN</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../kronos_desktop/ui/actions.py" line="+5"/>
        <source>Undo your last change</source>
        <translation>Desfazer a sua última alteração</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find a client from anywhere…</source>
        <translation>Buscar cliente de qualquer lugar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Clients section, its search ready for a name or phone</source>
        <translation>A seção Clientes, com a busca pronta para um nome ou telefone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Previous day, week or month</source>
        <translation>&amp;Anterior (dia, semana ou mês)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt day, week or month</source>
        <translation>&amp;Próximo (dia, semana ou mês)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to a date…</source>
        <translation>Ir para uma &amp;data…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Columns by &amp;artist or station</source>
        <translation>Colunas por &amp;tatuador ou maca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;booking…</source>
        <translation>Novo a&amp;gendamento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book a session, a consultation or a walk-in</source>
        <translation>Agendar uma sessão, uma consulta ou um encaixe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find a slot…</source>
        <translation>&amp;Buscar horário livre…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next free slots for a length and an artist</source>
        <translation>Os próximos horários livres para uma duração e um(a) tatuador(a)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free &amp;now</source>
        <translation>&amp;Livres agora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is free now, for a walk-in</source>
        <translation>Quem está livre agora, para um encaixe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time &amp;off…</source>
        <translation>&amp;Folga…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block an artist&apos;s time: a holiday, lunch, a convention</source>
        <translation>Bloquear o horário de um(a) tatuador(a): férias, almoço, uma convenção</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M&amp;y day</source>
        <translation>Me&amp;u dia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An artist&apos;s day, large, with each client&apos;s alerts</source>
        <translation>O dia de um(a) tatuador(a), em letras grandes, com os alertas de cada cliente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rint the day…</source>
        <translation>Imp&amp;rimir o dia…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the day sheet, or save it as PDF</source>
        <translation>Imprimir a folha do dia, ou salvá-la em PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export to a phone…</source>
        <translation>&amp;Exportar para o celular…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An artist&apos;s bookings as a calendar file for their phone</source>
        <translation>Os agendamentos de um(a) tatuador(a) num arquivo de agenda para o celular</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New booking (in the agenda)</source>
        <translation>Novo agendamento (na agenda)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Studio settings…</source>
        <translation>&amp;Configurações do estúdio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio&apos;s settings</source>
        <translation>As configurações do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Equipe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The studio&apos;s staff</source>
        <translation>A equipe do estúdio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Questionnaire and consent…</source>
        <translation>&amp;Anamnese e termo de consentimento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The health questionnaire and consent clients sign</source>
        <translation>A anamnese e o termo de consentimento que os clientes assinam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inks and materials…</source>
        <translation>T&amp;intas e materiais…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inks and materials, with their lots, sessions are recorded with</source>
        <translation>As tintas e os materiais, com seus lotes, usados nos registros de sessão</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed what</source>
        <translation>Quem alterou o quê</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a client</source>
        <translation>Buscar cliente</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location filename="../../kronos_desktop/ui/agenda/day_list.py" line="+44"/>
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
        <location filename="../../kronos_desktop/ui/agenda/day_canvas.py" line="+191"/>
        <location filename="../../kronos_desktop/ui/agenda/day_list.py" line="+12"/>
        <location filename="../../kronos_desktop/ui/agenda/week_canvas.py" line="+132"/>
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
    <name>BlockMenu</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/block_menu.py" line="+42"/>
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
        <location line="+45"/>
        <source>Booking actions</source>
        <translation>Ações do agendamento</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/my_day.py" line="+102"/>
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
        <location filename="../../kronos_desktop/ui/agenda/booking_dialog.py" line="+70"/>
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
        <location filename="../../kronos_desktop/ui/agenda/booking_flow.py" line="+99"/>
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
        <location line="+27"/>
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
        <location line="+11"/>
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
        <location line="+26"/>
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
        <location filename="../../kronos_desktop/ui/agenda/cancel_dialog.py" line="+34"/>
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
        <location filename="../../kronos_desktop/ui/checkout/view.py" line="+190"/>
        <source>Sales of the day</source>
        <translation>Vendas do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No sales on this day.</source>
        <translation>Nenhuma venda neste dia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only your sales and their figures are shown.</source>
        <translation>Só as suas vendas e os seus valores aparecem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
</context>
<context>
    <name>ClientFinder</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/client_finder.py" line="+71"/>
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
        <location filename="../../kronos_desktop/ui/clients/client_form.py" line="+351"/>
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
        <location filename="../../kronos_desktop/ui/clients/client_mode.py" line="+85"/>
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
        <location filename="../../kronos_desktop/ui/clients/client_mode_consent.py" line="+59"/>
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
        <location filename="../../kronos_desktop/ui/clients/record_view.py" line="+56"/>
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
        <location line="+128"/>
        <source>Merge with another record</source>
        <translation>Unir com outro cadastro</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Export data…</source>
        <translation>Exportar dados…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <source>Export the client&apos;s data (LGPD)</source>
        <translation>Exportar os dados do cliente (LGPD)</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Erase…</source>
        <translation>Apagar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+125"/>
        <source>Erase the client&apos;s personal data (LGPD)</source>
        <translation>Apagar os dados pessoais do cliente (LGPD)</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Forms</source>
        <translation>Fichas</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Forms (%n)</source>
        <translation>
            <numerusform>Fichas (%n)</numerusform>
            <numerusform>Fichas (%n)</numerusform>
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
        <location line="+28"/>
        <source>Only an owner or a manager merges, exports or erases a client&apos;s records.</source>
        <translation>Só um(a) dono(a) ou gerente une, exporta ou apaga os cadastros de um cliente.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/view.py" line="+109"/>
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
        <location line="+6"/>
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
        <location filename="../../kronos_desktop/ui/sync/change_words.py" line="+141"/>
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
        <location line="-143"/>
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
        <location filename="../../kronos_desktop/ui/sync/inbox.py" line="+131"/>
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
        <location filename="../../kronos_desktop/ui/sync/inbox.py" line="+270"/>
        <source>Conflicts to review</source>
        <translation>Conflitos para revisar</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location line="-309"/>
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
        <location line="+75"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conflicts to review.</source>
        <translation>Nenhum conflito para revisar.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Mark as reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Conflicts to review</source>
        <translation>Conflitos para revisar</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <location filename="../../kronos_desktop/ui/actions.py" line="-62"/>
        <location filename="../../kronos_desktop/ui/sync/connection_menu.py" line="+48"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Conexão…</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>DayCanvas</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/day_canvas.py" line="-112"/>
        <source>Day calendar</source>
        <translation>Calendário do dia</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <location filename="../../kronos_desktop/ui/agenda/day_paint.py" line="+331"/>
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
        <location line="+2"/>
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
        <location line="+3"/>
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
    <name>DayNavigator</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/view.py" line="-88"/>
        <location filename="../../kronos_desktop/ui/common/widgets.py" line="+81"/>
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
        <location filename="../../kronos_desktop/ui/common/widgets.py" line="+4"/>
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
        <location line="+170"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Publish a new version</source>
        <translation>Publicar uma nova versão</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location filename="../../kronos_desktop/ui/clients/forms_tab.py" line="+61"/>
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
        <location filename="../../kronos_desktop/ui/settings/hours_editor.py" line="+47"/>
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
        <translation>Anulada</translation>
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
        <location filename="../../kronos_desktop/ui/lock/lock_screen.py" line="+61"/>
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
        <location filename="../../kronos_desktop/ui/main_window.py" line="+87"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/actions.py" line="-146"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+16"/>
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
        <location line="-84"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Review &amp;conflicts…</source>
        <translation>Revisar &amp;conflitos…</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="-67"/>
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
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+1"/>
        <source>Studio</source>
        <translation>Estúdio</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>&amp;About KRONOS</source>
        <translation>&amp;Sobre o KRONOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+282"/>
        <source>About KRONOS</source>
        <translation>Sobre o KRONOS</translation>
    </message>
    <message>
        <location filename="../../kronos_desktop/ui/main_window.py" line="-14"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language will be used the next time KRONOS starts.</source>
        <translation>O novo idioma será usado na próxima vez que o KRONOS for aberto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;KRONOS {version}&lt;/h3&gt;&lt;p&gt;Front desk for tattoo studios: agenda, clients and checkout.&lt;/p&gt;&lt;p&gt;Works on its own, without internet; the studio&apos;s data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KRONOS {version}&lt;/h3&gt;&lt;p&gt;Recepção para estúdios de tatuagem: agenda, clientes e caixa.&lt;/p&gt;&lt;p&gt;Funciona sozinho, sem internet; os dados do estúdio ficam neste computador.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location filename="../../kronos_desktop/ui/settings/materials_page.py" line="+77"/>
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
        <location line="+113"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location line="-111"/>
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
        <location line="+28"/>
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
        <location filename="../../kronos_desktop/ui/lock/member_button.py" line="+47"/>
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
        <location filename="../../kronos_desktop/ui/lock/picker.py" line="+61"/>
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
        <location filename="../../kronos_desktop/ui/clients/merge_dialog.py" line="+73"/>
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
        <location filename="../../kronos_desktop/ui/sync/inbox.py" line="-217"/>
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
        <source>A PIN has 4 to 6 digits.</source>
        <translation>O PIN tem de 4 a 6 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>payments</source>
        <translation>pagamentos</translation>
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
        <location line="+10"/>
        <source>Sales (tickets) with their number, totals and date</source>
        <translation>Vendas (comandas) com número, totais e data</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>The audit trail: who did what and when, with no personal data</source>
        <translation>O histórico: quem fez o quê e quando, sem dados pessoais</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Signed consent and health forms</source>
        <translation>Termos de consentimento e fichas de saúde assinados</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Session records (products and lots used)</source>
        <translation>Registros de sessão (produtos e lotes usados)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../kronos_desktop/ui/clients/form_questions.py" line="+101"/>
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
    <name>RecordHeader</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients/record_header.py" line="+105"/>
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
        <location filename="../../kronos_desktop/ui/clients/record_tabs.py" line="+48"/>
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
    <name>Refusals</name>
    <message>
        <location filename="../../kronos_desktop/ui/common/refusals.py" line="+27"/>
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
    <name>SalesModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/view.py" line="-116"/>
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
        <location line="+4"/>
        <source>{amount} still to receive</source>
        <translation>Faltam receber {amount}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not paid</source>
        <translation>Não pago</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../kronos_desktop/self_check.py" line="+390"/>
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
        <location filename="../../kronos_desktop/ui/setup_dialog.py" line="+66"/>
        <location line="+1"/>
        <location line="+4"/>
        <source>Welcome to KRONOS</source>
        <translation>Bem-vindo ao KRONOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How will this computer start?</source>
        <translation>Como este computador vai começar?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set up a new studio</source>
        <translation>Criar um estúdio novo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer keeps the studio&apos;s agenda, clients and checkout on its own (a server can be added later). Tell us the studio&apos;s name and yours: you will be its owner.</source>
        <translation>Este computador cuida sozinho da agenda, dos clientes e do caixa do estúdio (um servidor pode ser adicionado depois). Informe o nome do estúdio e o seu: você será o proprietário.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Studio name</source>
        <translation>Nome do estúdio</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>e.g. Agulha de Ouro Tattoo</source>
        <translation>ex.: Agulha de Ouro Tattoo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Join a studio that uses a server</source>
        <translation>Entrar em um estúdio que usa servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The studio already uses KRONOS with a server. The owner or a manager signs in, in the web browser, and this computer downloads the studio&apos;s agenda, clients and checkout.</source>
        <translation>O estúdio já usa o KRONOS com um servidor. O dono ou um gerente faz login no navegador, e este computador baixa a agenda, os clientes e o caixa do estúdio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>e.g. kronos.yourstudio.com.br</source>
        <translation>ex.: kronos.seuestudio.com.br</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+96"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+97"/>
        <source>Start using KRONOS</source>
        <translation>Começar a usar o KRONOS</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit KRONOS</source>
        <translation>Sair do KRONOS</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Waiting for the sign-in in your web browser… Sign in there with the e-mail and password of the studio&apos;s owner or a manager.</source>
        <translation>Aguardando o login no seu navegador… Entre lá com o e-mail e a senha do dono ou de um gerente do estúdio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the browser did not open, open this address in it:</source>
        <translation>Se o navegador não abriu, abra nele este endereço:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in address to open in the browser</source>
        <translation>Endereço de login para abrir no navegador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the sign-in address</source>
        <translation>Copiar o endereço de login</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the sign-in</source>
        <translation>Cancelar o login</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this desk to the studio&apos;s server</source>
        <translation>Conectar este balcão ao servidor do estúdio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the studio&apos;s name and yours.</source>
        <translation>Digite o nome do estúdio e o seu.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+131"/>
        <location line="+66"/>
        <location line="+5"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location line="-201"/>
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
        <location line="+30"/>
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
        <location filename="../../kronos_desktop/app.py" line="+193"/>
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
        <location line="+134"/>
        <source>KRONOS cannot start</source>
        <translation>O KRONOS não pode abrir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo studio not added</source>
        <translation>Estúdio de demonstração não adicionado</translation>
    </message>
</context>
<context>
    <name>StudioForm</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/studio_form.py" line="+72"/>
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
        <location line="+4"/>
        <location line="+254"/>
        <source>Choose what kind of PIX key this is.</source>
        <translation>Escolha o tipo desta chave PIX.</translation>
    </message>
    <message>
        <location line="-234"/>
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
        <source>— choose —</source>
        <translation>— escolha —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key kind</source>
        <translation>Tipo de chave</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
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
        <location line="+131"/>
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
        <location line="-19"/>
        <source>Between {low} and {high}.</source>
        <translation>Entre {low} e {high}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At most {count} characters ({typed} typed).</source>
        <translation>No máximo {count} caracteres ({typed} digitados).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIX code needs it: type it, or clear the PIX key.</source>
        <translation>O código PIX precisa dele: preencha-o ou apague a chave PIX.</translation>
    </message>
</context>
<context>
    <name>StudioSection</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/section.py" line="+29"/>
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
</context>
<context>
    <name>StudioSettingsPage</name>
    <message>
        <location filename="../../kronos_desktop/ui/settings/studio_page.py" line="+65"/>
        <location line="+51"/>
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
        <location line="+160"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Save the settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Changed on another desk — Revert to see it.</source>
        <translation>Alterado em outro balcão — clique em Reverter para ver.</translation>
    </message>
    <message>
        <location line="+36"/>
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
    <name>SummaryPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout/view.py" line="+30"/>
        <source>Sales total</source>
        <translation>Total de vendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>Vendas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tips</source>
        <translation>Gorjetas</translation>
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
    <name>TimeOffDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda/time_off_dialog.py" line="+62"/>
        <location line="+116"/>
        <source>Time off</source>
        <translation>Folga</translation>
    </message>
    <message>
        <location line="-110"/>
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
        <location line="+78"/>
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
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Ainda não sincronizado</translation>
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
</TS>
