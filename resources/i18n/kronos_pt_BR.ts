<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/agenda.py" line="+48"/>
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
        <location line="+29"/>
        <source>Health alert:</source>
        <translation>Alerta de saúde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This booking clashes with another one; check the conflicts.</source>
        <translation>Este horário coincide com outro agendamento; confira os conflitos.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Health</source>
        <translation>Saúde</translation>
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
        <location line="+17"/>
        <source>Appointments of the day</source>
        <translation>Agendamentos do dia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No appointments on this day.</source>
        <translation>Nenhum agendamento neste dia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln appointment(s)</source>
        <translation>
            <numerusform>%Ln agendamento</numerusform>
            <numerusform>%Ln agendamentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No appointments</source>
        <translation>Nenhum agendamento</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with health alert(s)</source>
        <translation>
            <numerusform>%Ln com alerta de saúde</numerusform>
            <numerusform>%Ln com alertas de saúde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutView</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout.py" line="+153"/>
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
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/clients.py" line="+55"/>
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
        <location line="+55"/>
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
        <location line="+13"/>
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
        <location line="+50"/>
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
    <name>DayNavigator</name>
    <message>
        <location filename="../../kronos_desktop/ui/widgets.py" line="+53"/>
        <source>Previous day</source>
        <translation>Dia anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to today</source>
        <translation>Ir para hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day</source>
        <translation>Próximo dia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a day</source>
        <translation>Escolher um dia</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Today, {date}</source>
        <translation>Hoje, {date}</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <location filename="../../kronos_desktop/ui/status.py" line="+38"/>
        <source>Standalone</source>
        <translation>Independente</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No server is configured: this computer is the whole studio. Its %Ln change(s) are kept and will be sent when a server is connected.</source>
        <translation>
            <numerusform>Nenhum servidor configurado: este computador é o estúdio inteiro. Sua %Ln alteração fica guardada e será enviada quando um servidor for conectado.</numerusform>
            <numerusform>Nenhum servidor configurado: este computador é o estúdio inteiro. Suas %Ln alterações ficam guardadas e serão enviadas quando um servidor for conectado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Not connected · %Ln change(s) waiting</source>
        <translation>
            <numerusform>Desconectado · %Ln alteração aguardando</numerusform>
            <numerusform>Desconectado · %Ln alterações aguardando</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: {url}</source>
        <translation>Servidor: {url}</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../kronos_desktop/ui/errors.py" line="+43"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../kronos_desktop/ui/fmt.py" line="+20"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../kronos_desktop/ui/main_window.py" line="+50"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkout</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit KRONOS</source>
        <translation>Sair do KRONOS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About KRONOS</source>
        <translation>&amp;Sobre o KRONOS</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>About KRONOS</source>
        <translation>Sobre o KRONOS</translation>
    </message>
    <message>
        <location line="-14"/>
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
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/client_dialog.py" line="+49"/>
        <location line="+1"/>
        <source>New client</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Preferred name</source>
        <translation>Nome social</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Name the client prefers (social name), if different</source>
        <translation>Como o cliente prefere ser chamado, se for diferente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>(11) 98765-4321 or +1 415 555 0100</source>
        <translation>(11) 98765-4321 ou +1 415 555 0100</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Birth date</source>
        <translation>Nascimento</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>e.g. {date}</source>
        <translation>ex.: {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document number</source>
        <translation>Número do documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Medical alerts</source>
        <translation>Alertas médicos</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Latex, inks, antiseptics, medicines…</source>
        <translation>Látex, tintas, antissépticos, medicamentos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diabetes, anticoagulants, pregnancy, keloids…</source>
        <translation>Diabetes, anticoagulantes, gravidez, queloides…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Agrees to receive news and offers</source>
        <translation>Aceita receber novidades e promoções</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to marketing</source>
        <translation>Consentimento para marketing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full name *</source>
        <translation>Nome completo *</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+135"/>
        <source>Save client</source>
        <translation>Salvar cliente</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the full name is required; fill in what the client gives you.</source>
        <translation>Só o nome completo é obrigatório; preencha o que o cliente informar.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type the client&apos;s full name.</source>
        <translation>Digite o nome completo do cliente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 80 characters.</source>
        <translation>No máximo 80 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area code and number, like (11) 98765-4321 (abroad: +country).</source>
        <translation>DDD e número, como (11) 98765-4321 (exterior: +país).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This does not look like an e-mail address (name@example.com).</source>
        <translation>Isto não parece um e-mail (nome@exemplo.com).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the date as {example}.</source>
        <translation>Digite a data assim: {example}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 32 characters.</source>
        <translation>No máximo 32 caracteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This text is too long.</source>
        <translation>Este texto é longo demais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this field.</source>
        <translation>Confira este campo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The birth date cannot be in the future.</source>
        <translation>A data de nascimento não pode estar no futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the year of birth.</source>
        <translation>Confira o ano de nascimento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This CPF is not valid: check its 11 digits.</source>
        <translation>Este CPF não é válido: confira os 11 dígitos.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The client was not saved. Nothing you typed was lost.</source>
        <translation>O cliente não foi salvo. Nada do que você digitou foi perdido.</translation>
    </message>
</context>
<context>
    <name>SalesModel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout.py" line="-114"/>
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
        <location line="+21"/>
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
    <name>SetupDialog</name>
    <message>
        <location filename="../../kronos_desktop/ui/setup_dialog.py" line="+29"/>
        <location line="+1"/>
        <source>Set up your studio</source>
        <translation>Configure seu estúdio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to KRONOS. This computer will keep the studio&apos;s agenda, clients and checkout on its own. Tell us the studio&apos;s name and yours: you will be its owner.</source>
        <translation>Bem-vindo ao KRONOS. Este computador vai cuidar sozinho da agenda, dos clientes e do caixa do estúdio. Informe o nome do estúdio e o seu: você será o proprietário.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Studio name</source>
        <translation>Nome do estúdio</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>e.g. Agulha de Ouro Tattoo</source>
        <translation>ex.: Agulha de Ouro Tattoo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start using KRONOS</source>
        <translation>Começar a usar o KRONOS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit KRONOS</source>
        <translation>Sair do KRONOS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type the studio&apos;s name and yours.</source>
        <translation>Digite o nome do estúdio e o seu.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../kronos_desktop/app.py" line="+113"/>
        <source>KRONOS cannot write to its data folder {path}.

Choose a folder you can write to with --data-dir (or KRONOS_DATA_DIR), or ask whoever looks after this computer to give you access.</source>
        <translation>O KRONOS não consegue gravar na pasta de dados {path}.

Escolha uma pasta onde você possa gravar com --data-dir (ou KRONOS_DATA_DIR), ou peça acesso a quem cuida deste computador.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+101"/>
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
    <name>SummaryPanel</name>
    <message>
        <location filename="../../kronos_desktop/ui/checkout.py" line="+30"/>
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
</TS>
